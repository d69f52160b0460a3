package org.attache.answer;

import java.util.List;
import java.util.Objects;

/**
 * One page of something longer than one reply should be, with where it stands: front ends render the content and
 * offer the neighbouring pages.
 *
 * @param content what this page shows
 * @param page    this page's number, from 1
 * @param pages   how many pages there are, at least 1
 */
public record Paged<T>(T content, int page, int pages) {
    public Paged {
        Objects.requireNonNull(content, "content");
        if (pages < 1 || page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
    }

    /** Content that fits in one page. */
    public static <T> Paged<T> single(T content) {
        return new Paged<>(content, 1, 1);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** How many pages {@code items} make at {@code perPage} a page; an empty list is one (empty) page. */
    static int count(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The page asked for, within 1 and {@code pages}: beyond the last is the last, below 1 is 1. */
    static int clamp(int page, int pages) {
        return Math.max(1, Math.min(pages, page));
    }

    /** The items of page {@code page} (already clamped). */
    static <E> List<E> slice(List<E> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }
}

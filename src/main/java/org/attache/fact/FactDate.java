package org.attache.fact;

import java.util.OptionalInt;

/**
 * A date as a sentence states it, with what is known of it.
 *
 * @param text        the words of the sentence ("June 1, 2009", "50 years ago", "the 1970s")
 * @param year        the year, when stated or derivable
 * @param month       the month (1–12), when stated
 * @param day         the day of the month, when stated
 * @param approximate true when the year was derived (a relative date, a decade) rather than stated
 */
public record FactDate(String text, OptionalInt year, OptionalInt month, OptionalInt day, boolean approximate) {

    /** The date in ISO order as far as it is known (1838, 1962-08, 2009-06-01), or the text when no year is known. */
    public String iso() {
        if (year.isEmpty()) {
            return text;
        }
        StringBuilder iso = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", year.getAsInt()));
        if (month.isPresent()) {
            iso.append(String.format(java.util.Locale.ROOT, "-%02d", month.getAsInt()));
            if (day.isPresent()) {
                iso.append(String.format(java.util.Locale.ROOT, "-%02d", day.getAsInt()));
            }
        }
        return approximate ? "about " + iso : iso.toString();
    }

    /** How much the date pins down: 3 for a day, 2 a month, 1 a stated year, 0 a derived or unknown year. */
    public int precision() {
        if (year.isEmpty() || approximate) {
            return 0;
        }
        return month.isEmpty() ? 1 : day.isEmpty() ? 2 : 3;
    }

    /** True when both dates state a year and the years differ, or both state a day and the days differ. */
    public boolean disagreesWith(FactDate other) {
        if (year.isEmpty() || other.year.isEmpty()) {
            return false;
        }
        if (year.getAsInt() != other.year.getAsInt()) {
            return true;
        }
        return month.isPresent() && other.month.isPresent() && month.getAsInt() != other.month.getAsInt()
                || day.isPresent() && other.day.isPresent() && day.getAsInt() != other.day.getAsInt();
    }
}

package org.attache.discord;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The gateway shards this process runs, of how many the bot has ({@code discord.shards.total},
 * {@code discord.shards.ids}). Discord sends a guild's events to shard {@code (guild_id >> 22) % total} and direct
 * messages to shard 0; a quiz belongs to the process that holds its guild's shard, which alone times its reveals.
 *
 * @param total how many shards the bot has, across all its processes
 * @param ids   the shards this process runs, in order
 */
public record ShardSlice(int total, List<Integer> ids) {
    /** Discord's limit on a bot's shards is far below this; a larger total is a typo. */
    public static final int MAX_TOTAL = 4096;

    public ShardSlice {
        ids = List.copyOf(new TreeSet<>(ids));
        if (total < 1 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("a bot has from 1 to " + MAX_TOTAL + " shards, not " + total);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no shard is named");
        }
        for (int id : ids) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("shard " + id + " is outside the " + total
                        + " shard(s), numbered 0 to " + (total - 1));
            }
        }
    }

    /** Every shard, in this one process. */
    public static ShardSlice all(int total) {
        return new ShardSlice(total, java.util.stream.IntStream.range(0, total).boxed().toList());
    }

    /**
     * Reads {@code ids} as Discord's tools write them: "0-3", "0,2,5", "0-1,4"; empty means every shard.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else
     */
    public static ShardSlice parse(int total, String ids) {
        if (ids.isBlank()) {
            return all(total);
        }
        List<Integer> read = new java.util.ArrayList<>();
        for (String part : ids.split(",")) {
            String range = part.strip();
            Optional<int[]> bounds = bounds(range);
            if (bounds.isEmpty()) {
                throw new IllegalArgumentException("it must list shard numbers and ranges such as 0-3 or 0,2");
            }
            for (int id = bounds.get()[0]; id <= bounds.get()[1]; id++) {
                read.add(id);
            }
        }
        return new ShardSlice(total, read);
    }

    private static Optional<int[]> bounds(String range) {
        if (!range.matches("\\d{1,4}(\\s*-\\s*\\d{1,4})?")) {
            return Optional.empty();
        }
        String[] ends = range.split("\\s*-\\s*");
        int from = Integer.parseInt(ends[0]);
        int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
        return from <= to ? Optional.of(new int[] {from, to}) : Optional.empty();
    }

    /** The shard Discord sends a guild's events to. */
    public int shardOf(long guildId) {
        return (int) ((guildId >> 22) % total);
    }

    /** True when this process runs the shard of the guild; for a direct message (no guild), shard 0. */
    public boolean holds(Optional<String> guildId) {
        return ids.contains(guildId.map(id -> shardOf(Long.parseLong(id))).orElse(0));
    }
}

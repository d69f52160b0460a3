package org.attache.discord;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which process holds a server: Discord's shard of a guild, direct messages on shard 0. */
class ShardSliceTest {
    @Test
    void aServerIsHeldByTheProcessOfItsShardAndDirectMessagesByShardZerosProcess() {
        ShardSlice first = ShardSlice.parse(2, "0");
        ShardSlice second = ShardSlice.parse(2, "1");
        assertEquals(0, first.shardOf(Long.parseLong(DiscordApiDouble.GUILD_ID)));
        assertEquals(1, first.shardOf(Long.parseLong(DiscordApiDouble.SECOND_GUILD_ID)));
        assertTrue(first.holds(Optional.of(DiscordApiDouble.GUILD_ID)));
        assertFalse(first.holds(Optional.of(DiscordApiDouble.SECOND_GUILD_ID)));
        assertTrue(second.holds(Optional.of(DiscordApiDouble.SECOND_GUILD_ID)));
        assertTrue(first.holds(Optional.empty()) && !second.holds(Optional.empty()), "direct messages: shard 0");
        assertEquals(List.of(0, 1, 2, 3, 5), ShardSlice.parse(8, "0-3, 5").ids());
        assertEquals(List.of(0, 1, 2), ShardSlice.parse(3, "").ids(), "empty: every shard");
    }
}

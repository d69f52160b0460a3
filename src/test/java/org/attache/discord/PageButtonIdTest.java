package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page button ids: written and read in one place, anything else refused. */
class PageButtonIdTest {
    @Test
    void anIdReadsBackAsItWasWritten() {
        for (PageButtonId id : List.of(PageButtonId.relations("Ecuador", 2), PageButtonId.sources(13),
                PageButtonId.relations("Saint Vincent and the Grenadines", 9999),
                PageButtonId.relations("Côte d'Ivoire: a name with a colon", 1))) {
            assertTrue(id.encode().startsWith(PageButtonId.PREFIX), id.encode());
            assertTrue(id.encode().length() <= Button.ID_MAX_LENGTH);
            assertEquals(Optional.of(id), PageButtonId.decode(id.encode()));
        }
        assertEquals("p1:r:2:Ecuador", PageButtonId.relations("Ecuador", 2).encode());
        assertEquals("p1:s:3:", PageButtonId.sources(3).encode());
    }

    @Test
    void malformedForeignOrOutOfRangeIdsAreNoIdsOfOurs() {
        for (String id : List.of("", "p1:", "p1:r", "p1:r:2", "p1:x:2:Ecuador", "p2:r:2:Ecuador", "p1:r:0:Ecuador",
                "p1:r:-1:Ecuador", "p1:r:02:Ecuador", "p1:r:10000:Ecuador", "p1:r:two:Ecuador", "p1:r:2:",
                "p1:r:2: ", "p1:s:2:Ecuador", "p1:r:2:Ecua\ndor", "quiz:abc:0:1", "P1:r:2:Ecuador",
                "p1:r:2:" + "x".repeat(Button.ID_MAX_LENGTH))) {
            assertEquals(Optional.empty(), PageButtonId.decode(id), id);
        }
        assertEquals(Optional.empty(), PageButtonId.decode(null));
    }

    @Test
    void anIdThatCouldNotBeReadBackCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> PageButtonId.relations("Ecuador", 0));
        assertThrows(IllegalArgumentException.class, () -> PageButtonId.relations("", 1));
        assertThrows(IllegalArgumentException.class, () -> new PageButtonId(PageButtonId.Kind.SOURCES, 1, "Peru"));
        assertThrows(IllegalArgumentException.class, () -> PageButtonId.relations("x".repeat(100), 1));
    }
}

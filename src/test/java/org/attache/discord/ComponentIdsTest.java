package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import org.attache.discord.ComponentId.Page;
import org.attache.discord.ComponentId.QuizAnswer;
import org.attache.discord.ComponentId.QuizFlag;
import org.attache.discord.ComponentId.QuizNext;
import org.attache.discord.ComponentId.QuizQuestionRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Button ids: written and read in one codec, with a version; anything else refused. */
class ComponentIdsTest {
    private static final String SESSION = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final QuizQuestionRef QUESTION = new QuizQuestionRef(SESSION, 3);

    @Test
    void everyKindOfIdReadsBackAsItWasWritten() {
        for (ComponentId id : List.of(Page.relations("Ecuador", 2), Page.sources(13),
                Page.relations("Saint Vincent and the Grenadines", 9999),
                Page.relations("Côte d'Ivoire: a name with a colon", 1), new QuizAnswer(QUESTION, 0),
                new QuizAnswer(QUESTION, 3), new QuizNext(QUESTION), new QuizFlag(new QuizQuestionRef(SESSION, 0)))) {
            String encoded = ComponentIds.encode(id);
            assertTrue(encoded.startsWith(ComponentIds.VERSION), encoded);
            assertTrue(encoded.length() <= Button.ID_MAX_LENGTH);
            assertEquals(Optional.of(id), ComponentIds.decode(encoded));
        }
        assertEquals("a1:pg:r:2:Ecuador", ComponentIds.encode(Page.relations("Ecuador", 2)));
        assertEquals("a1:pg:s:3:", ComponentIds.encode(Page.sources(3)));
        assertEquals("a1:qa:" + SESSION + ":3:1", ComponentIds.encode(new QuizAnswer(QUESTION, 1)));
    }

    @Test
    void buttonsPostedBeforeTheVersionedIdsStillWork() {
        assertEquals(Optional.of(Page.relations("Ecuador", 2)), ComponentIds.decode("p1:r:2:Ecuador"));
        assertEquals(Optional.of(new QuizAnswer(QUESTION, 2)), ComponentIds.decode("quiz:" + SESSION + ":3:2"));
        assertEquals(Optional.of(new QuizNext(QUESTION)), ComponentIds.decode("quiz:" + SESSION + ":3:next"));
        assertEquals(Optional.of(new QuizFlag(QUESTION)), ComponentIds.decode("quiz:" + SESSION + ":3:flag"));
    }

    @Test
    void malformedForeignOrOutOfRangeIdsAreNoIdsOfOurs() {
        for (String id : List.of("", "a1:", "a1:pg", "a1:pg:r:2", "a1:pg:x:2:Ecuador", "a2:pg:r:2:Ecuador",
                "a1:pg:r:0:Ecuador", "a1:pg:r:-1:Ecuador", "a1:pg:r:02:Ecuador", "a1:pg:r:10000:Ecuador",
                "a1:pg:r:two:Ecuador", "a1:pg:r:2:", "a1:pg:r:2: ", "a1:pg:s:2:Ecuador", "a1:pg:r:2:Ecua\ndor",
                "A1:pg:r:2:Ecuador", "a1:pg:r:2:" + "x".repeat(Button.ID_MAX_LENGTH),
                "a1:qa:" + SESSION + ":3", "a1:qa:" + SESSION + ":3:4", "a1:qa:" + SESSION + ":3:-1",
                "a1:qa:" + SESSION + ":20:0", "a1:qa:not-a-session:3:1", "a1:qa:" + SESSION.toUpperCase() + ":3:1",
                "a1:qn:" + SESSION + ":3:1", "a1:qf:" + SESSION, "a1:qx:" + SESSION + ":3",
                "quiz:abc:0:1", "quiz:" + SESSION + ":0:maybe", "quiz:" + SESSION + ":x:1", "p1:r:2:",
                "someone-elses-button")) {
            assertEquals(Optional.empty(), ComponentIds.decode(id), id);
        }
        assertEquals(Optional.empty(), ComponentIds.decode(null));
    }

    @Test
    void anIdThatCouldNotBeReadBackCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> Page.relations("Ecuador", 0));
        assertThrows(IllegalArgumentException.class, () -> Page.relations("", 1));
        assertThrows(IllegalArgumentException.class, () -> new Page(ComponentId.PageKind.SOURCES, 1, "Peru"));
        assertThrows(IllegalArgumentException.class, () -> Page.relations("x".repeat(100), 1));
        assertThrows(IllegalArgumentException.class, () -> new QuizQuestionRef("abc", 0));
        assertThrows(IllegalArgumentException.class, () -> new QuizQuestionRef(SESSION, -1));
        assertThrows(IllegalArgumentException.class, () -> new QuizAnswer(QUESTION, 4));
    }
}

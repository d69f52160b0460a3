package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;
import org.attache.answer.Paged;

import java.util.List;
import java.util.Optional;

/**
 * Replies longer than a page ({@code /relations country:} without {@code with}, {@code /sources}): the page the
 * engine gives, with Prev and Next buttons; a click edits the message to the neighbouring page. The pages come
 * from the engine; this class only draws them and reads the buttons (through {@link ComponentIds}).
 */
final class PagedReplies {
    private final AnswerEngine engine;

    PagedReplies(AnswerEngine engine) {
        this.engine = engine;
    }

    /** {@code /sources [page]}. */
    MessageCreateData sources(int page) {
        Paged<Answer> shown = engine.sources(page);
        return message(shown, ComponentId.Page.sources(shown.page()));
    }

    /** {@code /relations country: [with:]}: with a counterpart one answer, without one a page of counterparts. */
    MessageCreateData relations(String country, Optional<String> with) {
        Paged<Answer> shown = engine.relations(country, with, 1);
        if (shown.pages() == 1 || shown.content().entities().isEmpty()) {
            return AnswerMessage.of(shown.content());
        }
        // the country as the engine understood it, so the buttons need no typo forgiven again
        return message(shown, ComponentId.Page.relations(shown.content().entities().get(0), shown.page()));
    }

    /** Prev and Next: a click makes the message that page. */
    ButtonRoute<ComponentId.Page> route() {
        return new ButtonRoute<>(ComponentId.Page.class, Acknowledgement.EDIT, (event, id, reply) -> reply.show(page(id)));
    }

    /** The page a Prev or Next button leads to. */
    MessageCreateData page(ComponentId.Page id) {
        Paged<Answer> shown = switch (id.kind()) {
            case SOURCES -> engine.sources(id.page());
            case RELATIONS -> engine.relations(id.subject(), Optional.empty(), id.page());
        };
        return message(shown, id.at(shown.page()));
    }

    /** The page as a message; with more than one page, Prev and Next (disabled at either end). */
    private static MessageCreateData message(Paged<Answer> shown, ComponentId.Page here) {
        if (shown.pages() == 1) {
            return AnswerMessage.of(shown.content());
        }
        Button previous = Button.secondary(ComponentIds.encode(here.at(Math.max(1, shown.page() - 1))), "◀ Prev")
                .withDisabled(!shown.hasPrevious());
        Button next = Button.secondary(ComponentIds.encode(here.at(Math.min(shown.pages(), shown.page() + 1))), "Next ▶")
                .withDisabled(!shown.hasNext());
        return AnswerMessage.of(shown.content(), List.of(previous, next));
    }
}

package org.attache.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * The buttons of one kind of {@link ComponentId}: how a click is acknowledged and what it does.
 *
 * @param type            the kind of id served
 * @param acknowledgement how a click is acknowledged, at once
 * @param action          the click's work, on a worker thread
 */
record ButtonRoute<T extends ComponentId>(Class<T> type, Acknowledgement acknowledgement, Action<T> action) {

    /** What a click on one of these buttons does. */
    @FunctionalInterface
    interface Action<T> {
        void click(ButtonInteractionEvent event, T id, Reply reply);
    }

    void click(ButtonInteractionEvent event, ComponentId id, Reply reply) {
        action.click(event, type.cast(id), reply);
    }
}

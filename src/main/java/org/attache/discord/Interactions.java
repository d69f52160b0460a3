package org.attache.discord;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one registry of what the bot answers: slash commands by name, buttons by the kind of their id. Discord is
 * told of the commands from here, and every interaction is routed from here.
 */
final class Interactions {
    private final Map<String, SlashHandler> commands = new LinkedHashMap<>();
    private final Map<Class<? extends ComponentId>, ButtonRoute<?>> buttons = new LinkedHashMap<>();

    Interactions command(SlashHandler handler) {
        String name = handler.definition().getName();
        if (commands.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("two commands named " + name);
        }
        return this;
    }

    Interactions button(ButtonRoute<?> route) {
        if (buttons.putIfAbsent(route.type(), route) != null) {
            throw new IllegalStateException("two routes for " + route.type().getSimpleName());
        }
        return this;
    }

    List<SlashCommandData> definitions() {
        return commands.values().stream().map(SlashHandler::definition).toList();
    }

    Optional<SlashHandler> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Optional<ButtonRoute<?>> button(ComponentId id) {
        return Optional.ofNullable(buttons.get(id.getClass()));
    }
}

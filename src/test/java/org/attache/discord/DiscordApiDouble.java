package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A stand-in for Discord's HTTP API and gateway (v10, JSON), on 127.0.0.1, for driving the real JDA client in
 * tests. It speaks the parts the bot uses, records every REST request so tests can assert on what the bot really
 * sent, and lets a test post gateway events as users would cause them.
 */
final class DiscordApiDouble implements AutoCloseable {
    static final String BOT_ID = "100000000000000001";
    static final String APPLICATION_ID = "100000000000000002";
    static final String GUILD_ID = "200000000000000001";
    static final String CHANNEL_ID = "300000000000000001";
    /** A second server, on shard 1 of 2 where the first is on shard 0: ({@code id >> 22) % 2}. */
    static final String SECOND_GUILD_ID = "200000000004194305";
    static final String SECOND_CHANNEL_ID = "300000000000000002";
    private static final List<String[]> GUILDS = List.of(new String[] {GUILD_ID, CHANNEL_ID},
            new String[] {SECOND_GUILD_ID, SECOND_CHANNEL_ID});
    static final String USER_ID = "400000000000000001";
    static final String DM_CHANNEL_ID = "300000000000000009";

    /** A REST request the bot made, and when (nanoTime) it arrived. */
    record Recorded(String method, String path, JsonNode body, long at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIMESTAMP = "2026-01-01T00:00:00.000000+00:00";

    private final Javalin server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(500000000000000000L);
    /** Each shard's gateway connection, by shard id, as its IDENTIFY or RESUME named it. */
    private final Map<Integer, WsContext> gateways = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each shard's session's latest events, kept for a RESUME (see {@link #replay}). */
    private final Map<Integer, java.util.Deque<SentEvent>> sessions = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT_EVENTS = 1000;

    private record SentEvent(int sequence, String payload) {
    }
    private volatile int shardTotal = 1;
    private final AtomicInteger identified = new AtomicInteger();
    private final AtomicInteger resumed = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger failing = new AtomicInteger();
    private volatile int failStatus;
    private volatile boolean invalidateResume;
    private volatile boolean refuseToken;
    private volatile double retryAfter;
    private final java.util.Map<String, String> commandIds = new java.util.concurrent.ConcurrentHashMap<>();

    DiscordApiDouble() {
        server = Javalin.create(config -> config.showJavalinBanner = false);
        server.get("/api/v10/users/@me", ctx -> {
            if (refuseToken) {
                ctx.status(401).contentType("application/json").result("{\"message\": \"401: Unauthorized\", "
                        + "\"code\": 0}");
                return;
            }
            reply(ctx, botUser());
        });
        server.get("/api/v10/gateway/bot", ctx -> reply(ctx, JSON.createObjectNode().put("url", gatewayUrl())
                .put("shards", 1)));
        server.post("/api/v10/channels/{channel}/messages", this::createMessage);
        server.put("/api/v10/applications/{application}/commands", this::registerCommands);
        server.post("/api/v10/webhooks/{application}/{token}", this::createMessage);
        // a deferred reply (callback type 5) is answered by editing the original: PATCH …/messages/@original
        server.patch("/api/v10/webhooks/{application}/{token}/messages/{message}", this::editMessage);
        server.delete("/api/v10/webhooks/{application}/{token}/messages/{message}", ctx -> {
            record(ctx);
            ctx.status(204);
        });
        server.put("/api/v10/applications/{application}/guilds/{guild}/commands", this::registerCommands);
        server.post("/api/v10/interactions/{id}/{token}/callback", ctx -> {
            record(ctx);
            ctx.status(204);
        });
        server.after(ctx -> {
            if (ctx.status().getCode() == 404) {
                record(ctx);
            }
        });
        server.ws("/", ws -> {
            ws.onConnect(ctx -> {
                ctx.session.setIdleTimeout(Duration.ofMinutes(5));
                send(ctx, JSON.createObjectNode().put("op", 10).set("d",
                        JSON.createObjectNode().put("heartbeat_interval", 41250)));
            });
            ws.onMessage(ctx -> onGatewayMessage(ctx, JSON.readTree(ctx.message())));
        });
        server.start("127.0.0.1", 0);
    }

    String restUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.port() + "/";
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until a request recorded after the first {@code from} ones passes the test, or fails after the timeout.
     */
    Recorded await(int from, Predicate<Recorded> test, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            // a snapshot: a sub-list view of the copy-on-write list fails once the bot records another request
            List<Recorded> seen = List.copyOf(requests);
            for (Recorded request : seen.subList(Math.min(from, seen.size()), seen.size())) {
                if (test.test(request)) {
                    return request;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such request within " + seconds + " s; recorded: " + requests);
    }

    /** A user posts a message in the guild channel. */
    void userPostsInChannel(String content, boolean mentionsBot) {
        ObjectNode message = message(nextId(), CHANNEL_ID, content, user(USER_ID, "alice"));
        message.put("guild_id", GUILD_ID);
        message.set("member", member());
        if (mentionsBot) {
            ((ArrayNode) message.get("mentions")).add(botUser());
        }
        dispatch("MESSAGE_CREATE", message);
    }

    /** Drops the gateway connection as a network failure would (no clean close). */
    void dropGatewayConnection() {
        gateways.get(0).session.disconnect();
    }

    /**
     * As {@link #dropGatewayConnection}, with {@code meanwhile} run between the connection's last event and its
     * drop: what it causes reaches the bot only as Discord would give it, replayed when the session resumes.
     */
    void dropGatewayConnectionWhile(Runnable meanwhile) {
        WsContext gone = gateways.remove(0);
        meanwhile.run();
        gone.session.disconnect();
    }

    /** Every token is refused from now on, as Discord refuses a wrong or revoked one (HTTP 401). */
    void refuseTokens() {
        refuseToken = true;
    }

    /**
     * Waits until the bot has sent nothing for {@code quiet}, or until {@code atMost} has passed: a test that ends
     * while a reply is on its way lets it arrive before the bot and the double stop.
     */
    void awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long last = requests.isEmpty() ? 0 : requests.get(requests.size() - 1).at();
            if (System.nanoTime() - last >= quiet.toNanos()) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /** How many events were sent again to resumed sessions. */
    int replayed() {
        return replayed.get();
    }

    /** Closes the gateway connection with a close code, e.g. 4004 (authentication failed) to end the bot. */
    void closeGateway(int code) {
        gateways.get(0).closeSession(code, "closed by the test");
    }

    /** How many times the bot resumed its session (op 6), and identified afresh (op 2). */
    int resumes() {
        return resumed.get();
    }

    int identifies() {
        return identified.get();
    }

    /** A user writes to the bot in a direct message. */
    void userSendsDirectMessage(String content) {
        ObjectNode message = message(nextId(), DM_CHANNEL_ID, content, user(USER_ID, "alice"));
        message.put("channel_type", 1);
        dispatch("MESSAGE_CREATE", message);
    }

    /** A user runs a slash command in the guild channel; options are name/value pairs of strings. */
    void userRunsSlashCommand(String interactionId, String name, String... options) {
        interaction(interactionId, 2, name, "", options);
    }

    /** A user types in a command's option, {@code focused}: Discord asks the bot for choices. */
    void userTypesInOption(String interactionId, String name, String focused, String... options) {
        interaction(interactionId, 4, name, focused, options);
    }

    /**
     * As {@link #userRunsSlashCommand}, with the event built now and sent when the returned action runs: a burst
     * then measures the bot, not the building of its events.
     */
    Runnable slashCommandReadyToSend(String interactionId, String name, String... options) {
        ObjectNode event = interactionEvent(interactionId, 2, name, "", options);
        ObjectNode payload = event("INTERACTION_CREATE", event);
        String text = payload.toString();
        return () -> sendEvent(0, payload.get("s").asInt(), text);
    }

    private void interaction(String interactionId, int type, String name, String focused, String... options) {
        dispatch("INTERACTION_CREATE", interactionEvent(interactionId, type, name, focused, options));
    }

    private ObjectNode interactionEvent(String interactionId, int type, String name, String focused,
                                        String... options) {
        ObjectNode data = JSON.createObjectNode().put("id", commandIds.getOrDefault(name, nextId())).put("name", name)
                .put("type", 1);
        ArrayNode values = data.putArray("options");
        for (int i = 0; i + 1 < options.length; i += 2) {
            ObjectNode option = values.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
            if (options[i].equals(focused)) {
                option.put("focused", true);
            }
        }
        return interactionFrom(interactionId, type, data, user(USER_ID, "alice"));
    }

    /** The host runs {@code /quiz <sub>} with whole-number options given as name/value pairs. */
    void hostRunsQuiz(String interactionId, String sub, Object... options) {
        hostRunsQuizIn(GUILD_ID, CHANNEL_ID, interactionId, sub, options);
    }

    /** As {@link #hostRunsQuiz}, in a server and channel of the test's choice. */
    void hostRunsQuizIn(String guildId, String channelId, String interactionId, String sub, Object... options) {
        ObjectNode data = JSON.createObjectNode().put("id", commandIds.getOrDefault("quiz", nextId())).put("name", "quiz")
                .put("type", 1);
        ObjectNode subcommand = data.putArray("options").addObject().put("name", sub).put("type", 1);
        ArrayNode values = subcommand.putArray("options");
        for (int i = 0; i + 1 < options.length; i += 2) {
            values.addObject().put("name", options[i].toString()).put("type", 4)
                    .put("value", ((Number) options[i + 1]).intValue());
        }
        dispatch("INTERACTION_CREATE", interactionFrom(interactionId, 2, data, user(USER_ID, "alice"), guildId,
                channelId));
    }

    /** A Discord id for now: interactions are valid for 15 minutes from the time in their id. */
    /** The quiz session an answer button of the bot's belongs to, read through the bot's own codec. */
    static String sessionOf(String customId) {
        return ((ComponentId.QuizAnswer) ComponentIds.decode(customId).orElseThrow()).question().sessionId();
    }

    static String snowflakeNow() {
        return Long.toString((System.currentTimeMillis() - 1420070400000L) << 22 | (SNOWFLAKES.incrementAndGet() & 0xFFF));
    }

    private static final AtomicLong SNOWFLAKES = new AtomicLong();

    /** A user starts a quiz in a direct message with the bot (a solo quiz). */
    void userStartsQuizInDirectMessage(String interactionId, int questions) {
        ObjectNode data = JSON.createObjectNode().put("id", commandIds.getOrDefault("quiz", nextId())).put("name", "quiz")
                .put("type", 1);
        ObjectNode subcommand = data.putArray("options").addObject().put("name", "start").put("type", 1);
        subcommand.putArray("options").addObject().put("name", "questions").put("type", 4).put("value", questions);
        dispatch("INTERACTION_CREATE", directInteraction(interactionId, 2, data));
    }

    /** A user clicks a button of a message the bot posted in their direct messages. */
    void userClicksButtonInDirectMessage(String interactionId, String customId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode interaction = directInteraction(interactionId, 3, data);
        interaction.set("message", message(nextId(), DM_CHANNEL_ID, "", botUser()));
        dispatch("INTERACTION_CREATE", interaction);
    }

    private ObjectNode directInteraction(String interactionId, int type, JsonNode data) {
        ObjectNode interaction = JSON.createObjectNode().put("id", recent(interactionId))
                .put("application_id", APPLICATION_ID)
                .put("type", type).put("token", "token-" + interactionId).put("version", 1)
                .put("channel_id", DM_CHANNEL_ID).put("locale", "en-US").put("app_permissions", "1071698660929")
                .put("context", 1);
        interaction.set("data", data);
        ObjectNode channel = JSON.createObjectNode().put("id", DM_CHANNEL_ID).put("type", 1);
        channel.set("recipients", JSON.createArrayNode().add(user(USER_ID, "alice")));
        interaction.set("channel", channel);
        interaction.set("user", user(USER_ID, "alice"));
        interaction.set("entitlements", JSON.createArrayNode());
        // a guild-installed app in its own DMs: the guild-install owner is "0"
        interaction.set("authorizing_integration_owners", JSON.createObjectNode().put("0", "0"));
        return interaction;
    }

    /** A user clicks a button of a message the bot posted. */
    void userClicksButton(String interactionId, String userId, String customId) {
        userClicksButtonIn(GUILD_ID, CHANNEL_ID, interactionId, userId, customId);
    }

    /** As {@link #userClicksButton}, in a server and channel of the test's choice. */
    void userClicksButtonIn(String guildId, String channelId, String interactionId, String userId, String customId) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode interaction = interactionFrom(interactionId, 3, data, user(userId, "user-" + userId), guildId,
                channelId);
        interaction.set("message", message(nextId(), channelId, "", botUser()));
        dispatch("INTERACTION_CREATE", interaction);
    }

    private ObjectNode interactionFrom(String interactionId, int type, JsonNode data, JsonNode user) {
        return interactionFrom(interactionId, type, data, user, GUILD_ID, CHANNEL_ID);
    }

    private ObjectNode interactionFrom(String interactionId, int type, JsonNode data, JsonNode user, String guildId,
                                       String channelId) {
        ObjectNode interaction = JSON.createObjectNode().put("id", recent(interactionId))
                .put("application_id", APPLICATION_ID)
                .put("type", type).put("token", "token-" + interactionId).put("version", 1).put("guild_id", guildId)
                .put("channel_id", channelId).put("locale", "en-US").put("guild_locale", "en-US")
                .put("app_permissions", "1071698660929").put("context", 0);
        interaction.set("data", data);
        interaction.set("guild", JSON.createObjectNode().put("id", guildId).put("locale", "en-US")
                .set("features", JSON.createArrayNode()));
        interaction.set("channel", JSON.createObjectNode().put("id", channelId).put("type", 0).put("name", "general")
                .put("guild_id", guildId).put("position", 0).set("permission_overwrites", JSON.createArrayNode()));
        ObjectNode member = member();
        member.set("user", user);
        member.put("permissions", "1071698660929");
        interaction.set("member", member);
        interaction.set("entitlements", JSON.createArrayNode());
        interaction.set("authorizing_integration_owners", JSON.createObjectNode().put("0", guildId));
        return interaction;
    }

    /** The commands the bot registered, as the request body it sent. */
    private void registerCommands(Context ctx) throws Exception {
        Recorded recorded = record(ctx);
        ArrayNode registered = JSON.createArrayNode();
        for (JsonNode command : recorded.body()) {
            ObjectNode copy = command.deepCopy();
            String id = nextId();
            commandIds.put(command.path("name").asText(), id);
            copy.put("id", id).put("application_id", APPLICATION_ID).put("version", id);
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            registered.add(copy);
        }
        reply(ctx, registered);
    }

    private void onGatewayMessage(WsContext ctx, JsonNode payload) {
        switch (payload.path("op").asInt()) {
            case 1 -> send(ctx, JSON.createObjectNode().put("op", 11));
            case 2 -> {
                identified.incrementAndGet();
                JsonNode shard = payload.path("d").path("shard");
                int id = shard.isArray() ? shard.get(0).asInt() : 0;
                shardTotal = shard.isArray() ? shard.get(1).asInt() : 1;
                gateways.put(id, ctx);
                sessions.put(id, new java.util.ArrayDeque<>());
                sendEvent(id, event("READY", ready(id)));
                for (String[] guild : GUILDS) {
                    if (shardOf(guild[0]) == id) {
                        sendEvent(id, event("GUILD_CREATE", guild(guild[0], guild[1])));
                    }
                }
            }
            case 6 -> {
                // the session id names the shard: "session-<shard>"
                int shard = Integer.parseInt(payload.path("d").path("session_id").asText("session-0")
                        .substring("session-".length()));
                gateways.put(shard, ctx);
                if (invalidateResume) {
                    invalidateResume = false;
                    send(ctx, JSON.createObjectNode().put("op", 9).put("d", false));
                    return;
                }
                resumed.incrementAndGet();
                replay(shard, ctx, payload.path("d").path("seq").asInt());
            }
            default -> { }
        }
    }

    /** The next {@code count} message posts are refused with HTTP 429 and this retry_after (seconds). */
    void rateLimitNextMessages(int count, double retryAfterSeconds) {
        rateLimited.set(count);
        this.retryAfter = retryAfterSeconds;
    }

    /** The next {@code count} message posts fail with this server error (500, 502, 503 …). */
    void failNextMessages(int count, int status) {
        failing.set(count);
        failStatus = status;
    }

    /** The bot's next RESUME is refused with an invalid session (op 9): it must identify afresh. */
    void invalidateNextResume() {
        invalidateResume = true;
    }

    private void createMessage(Context ctx) throws Exception {
        Recorded recorded = record(ctx);
        if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ctx.status(failStatus).contentType("application/json").result("{\"message\": \"server error\"}");
            return;
        }
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ctx.status(429).header("Retry-After", String.valueOf((int) Math.ceil(retryAfter)))
                    .header("X-RateLimit-Scope", "user")
                    .contentType("application/json")
                    .result(JSON.createObjectNode().put("message", "You are being rate limited.")
                            .put("retry_after", retryAfter).put("global", false).toString());
            return;
        }
        String channel = ctx.pathParamMap().getOrDefault("channel", DM_CHANNEL_ID);
        ObjectNode message = message(nextId(), channel, recorded.body().path("content").asText(""), botUser());
        if (recorded.body().has("embeds")) {
            ArrayNode embeds = recorded.body().get("embeds").deepCopy();
            embeds.forEach(embed -> ((ObjectNode) embed).put("type", "rich"));
            message.set("embeds", embeds);
        }
        if (recorded.body().has("message_reference")) {
            message.put("type", 19);
            message.set("message_reference", recorded.body().get("message_reference"));
        }
        reply(ctx, message);
    }

    /** An edit of an interaction's message (the original reply, or a follow-up): the message as edited. */
    private void editMessage(Context ctx) throws Exception {
        Recorded recorded = record(ctx);
        String id = ctx.pathParam("message").equals("@original") ? nextId() : ctx.pathParam("message");
        ObjectNode message = message(id, CHANNEL_ID, recorded.body().path("content").asText(""), botUser());
        for (String field : List.of("embeds", "components")) {
            if (recorded.body().has(field)) {
                message.set(field, recorded.body().get(field).deepCopy());
            }
        }
        message.get("embeds").forEach(embed -> ((ObjectNode) embed).put("type", "rich"));
        message.put("edited_timestamp", TIMESTAMP);
        reply(ctx, message);
    }

    /**
     * The interaction's reply as the user sees it: the message of an immediate reply (callback type 4, 7 or 8), or
     * for a deferred one (type 5, or 6 for a button's message) what follows: the edit of the original (JDA sends
     * the path's "@" as "%40"), or a follow-up message (a note only the user sees, after a public "thinking").
     * Waits up to {@code seconds}.
     */
    JsonNode reply(String interactionId, long seconds) throws InterruptedException {
        int type = callback(interactionId, seconds).path("type").asInt();
        if (type != 5 && type != 6) {
            return callback(interactionId, seconds).get("data");
        }
        String webhook = "/api/v10/webhooks/" + APPLICATION_ID + "/token-" + interactionId;
        return await(0, r -> r.method().equals("PATCH") && (r.path().equals(webhook + "/messages/@original")
                || r.path().equals(webhook + "/messages/%40original"))
                || r.method().equals("POST") && r.path().equals(webhook), seconds).body();
    }

    /** The acknowledgement the bot sent for an interaction. */
    JsonNode callback(String interactionId, long seconds) throws InterruptedException {
        return await(0, r -> r.path().startsWith("/api/v10/interactions/" + interactionId + "/"), seconds).body();
    }

    /** True when only the user who acted sees the reply (ephemeral, flag 64): at once, deferred, or as a note. */
    boolean onlyTheUserSees(String interactionId, long seconds) throws InterruptedException {
        JsonNode callback = callback(interactionId, seconds);
        boolean privately = (callback.path("data").path("flags").asInt() & EPHEMERAL) != 0;
        return privately || (reply(interactionId, seconds).path("flags").asInt() & EPHEMERAL) != 0;
    }

    static final int EPHEMERAL = 64;

    /**
     * The id JDA is given for a test's interaction: one of now, since JDA refuses the hook of an interaction older
     * than 15 minutes, and the tests' ids are fixed. The token keeps the test's id, and a callback's path is recorded
     * with it, so tests find their interactions by the ids they chose.
     */
    private String recent(String interactionId) {
        String now = snowflakeNow();
        givenIds.put(now, interactionId);
        return now;
    }

    private final Map<String, String> givenIds = new java.util.concurrent.ConcurrentHashMap<>();

    private String asGiven(String path) {
        String prefix = "/api/v10/interactions/";
        if (!path.startsWith(prefix)) {
            return path;
        }
        int end = path.indexOf('/', prefix.length());
        String id = end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
        String given = givenIds.get(id);
        return given == null ? path : prefix + given + (end < 0 ? "" : path.substring(end));
    }

    private Recorded record(Context ctx) throws Exception {
        String body = ctx.body();
        Recorded recorded = new Recorded(ctx.method().name(), asGiven(ctx.path()),
                body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body), System.nanoTime());
        requests.add(recorded);
        return recorded;
    }

    /** An event goes to the shard of its guild, as Discord sends it; one without a guild to shard 0. */
    private void dispatch(String type, JsonNode data) {
        String guild = data.path("guild_id").asText("");
        sendEvent(guild.isEmpty() ? 0 : shardOf(guild), event(type, data));
    }

    private ObjectNode event(String type, JsonNode data) {
        ObjectNode payload = JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
        payload.set("d", data);
        return payload;
    }

    private int shardOf(String guildId) {
        return (int) ((Long.parseLong(guildId) >> 22) % shardTotal);
    }

    /** The shards that have identified, by id. */
    java.util.Set<Integer> shards() {
        return java.util.Set.copyOf(gateways.keySet());
    }

    private void sendEvent(int shard, ObjectNode payload) {
        sendEvent(shard, payload.get("s").asInt(), payload.toString());
    }

    /** Sends a dispatch to a shard, if it is connected, and keeps it for a RESUME that may want it again. */
    private void sendEvent(int shard, int sequence, String payload) {
        java.util.Deque<SentEvent> sent = sessions.computeIfAbsent(shard, s -> new java.util.ArrayDeque<>());
        synchronized (sent) {
            sent.addLast(new SentEvent(sequence, payload));
            if (sent.size() > KEPT_EVENTS) {
                sent.removeFirst();
            }
            WsContext gateway = gateways.get(shard);
            if (gateway != null) {
                send(gateway, payload);
            }
        }
    }

    /**
     * As Discord does on a RESUME: the session's events after the last one the client saw, then RESUMED. A client
     * that lost its connection while loading its session still gets what it missed.
     */
    private void replay(int shard, WsContext ctx, int lastSeen) {
        java.util.Deque<SentEvent> sent = sessions.computeIfAbsent(shard, s -> new java.util.ArrayDeque<>());
        synchronized (sent) {
            for (SentEvent event : sent) {
                if (event.sequence() > lastSeen) {
                    send(ctx, event.payload());
                    replayed.incrementAndGet();
                }
            }
            send(ctx, event("RESUMED", JSON.createObjectNode()));
        }
    }

    /** One writer at a time per connection: Jetty's blocking send refuses a second while one is pending. */
    private static void send(WsContext ctx, JsonNode payload) {
        send(ctx, payload.toString());
    }

    private static void send(WsContext ctx, String payload) {
        synchronized (ctx.session) {
            ctx.send(payload);
        }
    }

    private static void reply(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(body.toString());
    }

    private ObjectNode ready(int shard) {
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "session-" + shard)
                .put("resume_gateway_url", gatewayUrl());
        ready.set("user", botUser());
        ArrayNode guilds = ready.putArray("guilds");
        for (String[] guild : GUILDS) {
            if (shardOf(guild[0]) == shard) {
                guilds.addObject().put("id", guild[0]).put("unavailable", true);
            }
        }
        ready.set("private_channels", JSON.createArrayNode());
        ready.set("shard", JSON.createArrayNode().add(shard).add(shardTotal));
        ready.set("application", JSON.createObjectNode().put("id", APPLICATION_ID).put("flags", 0));
        return ready;
    }

    private ObjectNode guild(String guildId, String channelId) {
        ObjectNode guild = JSON.createObjectNode().put("id", guildId).put("name", "Study group")
                .put("owner_id", USER_ID).put("unavailable", false).put("member_count", 2).put("large", false)
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("preferred_locale", "en-US").put("system_channel_flags", 0).put("joined_at", TIMESTAMP);
        guild.set("roles", JSON.createArrayNode().add(JSON.createObjectNode().put("id", guildId)
                .put("name", "@everyone").put("permissions", "1071698660929").put("position", 0).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0)));
        guild.set("channels", JSON.createArrayNode().add(JSON.createObjectNode().put("id", channelId).put("type", 0)
                .put("name", "general").put("position", 0).put("guild_id", guildId)
                .set("permission_overwrites", JSON.createArrayNode())));
        ObjectNode self = member();
        self.set("user", botUser());
        guild.set("members", JSON.createArrayNode().add(self));
        for (String empty : List.of("emojis", "stickers", "voice_states", "presences", "threads", "features",
                "stage_instances", "guild_scheduled_events")) {
            guild.set(empty, JSON.createArrayNode());
        }
        return guild;
    }

    private ObjectNode message(String id, String channel, String content, JsonNode author) {
        ObjectNode message = JSON.createObjectNode().put("id", id).put("channel_id", channel).put("content", content)
                .put("timestamp", TIMESTAMP).put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("type", 0).put("flags", 0);
        message.set("author", author);
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.set(empty, JSON.createArrayNode());
        }
        message.putNull("edited_timestamp");
        return message;
    }

    private static ObjectNode member() {
        ObjectNode member = JSON.createObjectNode().put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false)
                .put("flags", 0);
        member.set("roles", JSON.createArrayNode());
        return member;
    }

    private static ObjectNode botUser() {
        return user(BOT_ID, "attache").put("bot", true);
    }

    private static ObjectNode user(String id, String name) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).put("public_flags", 0);
        user.putNull("avatar");
        return user;
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    @Override
    public void close() {
        server.stop();
    }
}

# Build: Maven on JDK 17. Run: a JRE 17 image as a non-root user, with config and data baked in
# (mount your own over /app/config or /app/data to change them).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY data data
COPY config config
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app attache
WORKDIR /app
COPY --from=build /src/target/attache.jar /app/attache.jar
COPY config /app/config
COPY data /app/data
# quiz state (SQLite by default) and the prepared dataset live here; mount a volume to keep them across containers.
# One question at build time prepares the bundled dataset and records the classes a start loads (AppCDS), so that
# a container starts without parsing and with its classes already laid out.
RUN mkdir -p /app/state \
    && java -XX:ArchiveClassesAtExit=/app/attache.jsa -jar /app/attache.jar ask "When did El Salvador and Mexico establish relations?" > /dev/null \
    && chown -R attache /app/state
VOLUME /app/state
USER attache
# Healthy means the bot runs, its gateway shards are connected and its dataset is loaded: `status` reads the
# heartbeat file the bot rewrites every 10 s in /app/state (no data loaded, no server asked).
HEALTHCHECK --interval=30s --timeout=15s --start-period=120s --retries=3 \
    CMD ["java", "-XX:SharedArchiveFile=/app/attache.jsa", "-jar", "/app/attache.jar", "status"]
# DISCORD_TOKEN and other secrets (ATTACHE_DB_USER, ATTACHE_DB_PASSWORD) come from the environment only.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/attache.jsa", "-jar", "/app/attache.jar"]

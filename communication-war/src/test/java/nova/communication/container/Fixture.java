package nova.communication.container;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.SettingsUpdated;
import nova.platform.events.CloudEvent;
import nova.testsupport.Events;
import nova.testsupport.Http;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;
import nova.testsupport.Topics;

/**
 * What the communication in-container tests share: identity's keys, played once for the whole run (the server caches
 * the JWKS it fetched), members made through the user context's real events, events sent as their producers send them.
 */
final class Fixture {

    private static Tokens tokens;

    private Fixture() {
    }

    static synchronized Tokens tokens() {
        if (tokens == null) {
            try {
                tokens = new Tokens().servedAsIdentity();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    static Http as(UUID member) {
        return Http.to(LibertyServer.base()).withBearer(tokens().accessToken(member, "m" + member.toString().substring(0, 8)));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The record as its producer's outbox writes it: key and subject its aggregate id. */
    static CloudEvent event(String source, DomainEvent event) {
        return CloudEvent.of(source, event.type(), event.aggregateId(), EventJson.toJson(event));
    }

    /** A member known here: {@code user.profile.created} on nova.user (display name {@code name}). */
    static UUID member(String name) {
        UUID id = UUID.randomUUID();
        Topics.send("nova.user", event("user", new ProfileCreated(id, Events.username("c"), name, "en", true,
                Map.of("notifications", true, "digest", false, "product_news", false), now())));
        return id;
    }

    /** {@code user.settings.updated}: the member's message policy and notification and email switches. */
    static void settings(UUID member, String messagePolicy, Map<String, Boolean> notifications, Map<String, Boolean> emails) {
        Topics.send("nova.user", event("user", new SettingsUpdated(member, false, messagePolicy, true, notifications,
                emails, now())));
    }

    static JsonObject ids(String field, UUID... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (UUID id : ids) {
            array.add(id.toString());
        }
        return Json.createObjectBuilder().add(field, array).build();
    }

    /** Waits until the members' profiles are here (their names are what notifications show). */
    static void awaitMembers(nova.testsupport.Database communication, UUID... ids) {
        communication.awaitCount(ids.length, java.time.Duration.ofSeconds(60),
                "SELECT count(*) FROM members WHERE user_id = ANY(?::uuid[]) AND display_name IS NOT NULL",
                (Object) java.util.Arrays.stream(ids).map(UUID::toString).toArray(String[]::new));
    }
}

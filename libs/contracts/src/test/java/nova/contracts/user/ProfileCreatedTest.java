package nova.contracts.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** {@code user.profile.created} as search and communication read it. */
class ProfileCreatedTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant CREATED = Instant.parse("2026-11-20T08:00:00.123456Z");
    static final Map<String, Boolean> EMAILS = Map.of("notifications", true, "digest", false, "product_news", false);

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static ProfileCreated read(JsonObject data) {
        return EventJson.fromJson(data, ProfileCreated.class);
    }

    @Test
    void writesEveryFieldWithEmailKindsSortedAndNoLocaleAsNull() {
        ProfileCreated created = new ProfileCreated(ID, "Ada_L", "Ada L.", null, true, EMAILS, CREATED);

        assertEquals(json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","username":"Ada_L","displayName":"Ada L.",
                 "discoverable":true,"emails":{"digest":false,"notifications":true,"product_news":false},
                 "createdAt":"2026-11-20T08:00:00.123456Z","locale":null}"""), EventJson.toJson(created));
        assertEquals("{\"digest\":false,\"notifications\":true,\"product_news\":false}",
                EventJson.toJson(created).getJsonObject("emails").toString(), "keys in one order, whatever the map's");
    }

    @Test
    void readsBackWhatItWrites() {
        for (ProfileCreated created : new ProfileCreated[] {
                new ProfileCreated(ID, "Ada_L", "Ada L.", null, true, EMAILS, CREATED),
                new ProfileCreated(ID, "bob", "Bob", "pt-BR", false, Map.of(), CREATED)}) {
            assertEquals(created, read(EventJson.toJson(created)));
            assertEquals(created, read(json(EventJson.toJson(created).toString())), "through text too");
        }
    }

    @Test
    void unknownFieldsAreIgnoredAndAnAbsentLocaleIsNone() {
        ProfileCreated created = read(json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","username":"ada","displayName":"ada",
                 "discoverable":false,"emails":{"digest":true},"createdAt":"2026-11-20T08:00:00Z",
                 "avatarMediaId":null,"referrer":"newsletter"}"""));

        assertNull(created.locale());
        assertEquals(Map.of("digest", true), created.emails());
        assertTrue(!created.discoverable());
    }

    @Test
    void aPayloadWithoutItsRequiredFieldsIsRefused() {
        assertThrows(RuntimeException.class, () -> read(json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","username":"ada"}""")));
    }

    @Test
    void theTypeNamesTheUserContextAndTheProfile() {
        assertEquals("user.profile.created", ProfileCreated.TYPE);
    }
}

package nova.user.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nova.contracts.user.BanRequest;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.SettingsUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The request bodies read as the server reads them (JSON-B): every field, and absent fields as null. A contract
 * record JSON-B cannot construct (a record with two constructors and no {@code @JsonbCreator}) fails here rather
 * than answering every request "not valid JSON".
 */
class RequestBodiesTest {

    static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aProfileUpdateWithEveryField() {
        ProfileUpdate update = JSONB.fromJson("""
                {"displayName":"Ada","bio":"Analyst.","locale":"en","avatarMediaId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b",
                 "headerMediaId":"","links":[{"name":"Blog","url":"https://ada.example"}]}""", ProfileUpdate.class);
        assertEquals(new ProfileUpdate("Ada", "Analyst.", "en", "0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b", "",
                List.of(new ProfileLink("Blog", "https://ada.example"))), update);
    }

    @Test
    void aProfileUpdateOfTheFirstVersionsFields() {
        assertEquals(new ProfileUpdate("Ada", null, null), JSONB.fromJson("{\"displayName\":\"Ada\"}", ProfileUpdate.class));
        assertEquals(new ProfileUpdate(null, null, null), JSONB.fromJson("{}", ProfileUpdate.class));
    }

    @Test
    void aSettingsUpdate() {
        assertEquals(new SettingsUpdate(true, "mutuals", null, Map.of("like", false), Map.of("digest", true)),
                JSONB.fromJson("{\"locked\":true,\"messagePolicy\":\"mutuals\",\"notifications\":{\"like\":false},"
                        + "\"emails\":{\"digest\":true}}", SettingsUpdate.class));
    }

    @Test
    void aBanRequest() {
        assertEquals(new BanRequest("Spam.", Instant.parse("2030-01-01T00:00:00Z")),
                JSONB.fromJson("{\"reason\":\"Spam.\",\"until\":\"2030-01-01T00:00:00Z\"}", BanRequest.class));
        assertEquals(new BanRequest("Spam.", null), JSONB.fromJson("{\"reason\":\"Spam.\"}", BanRequest.class));
    }
}

package nova.user.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.contracts.event.EventJson;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserSettings;
import org.junit.jupiter.api.Test;

class SettingsTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");

    static final Map<String, Boolean> ALL_NOTIFICATIONS = Map.of("follow", true, "follow_request", true, "mention", true,
            "reply", true, "like", true, "share", true, "message", true);
    static final Map<String, Boolean> DEFAULT_EMAILS = Map.of("notifications", true, "digest", false, "product_news", false);

    @Test
    void theDefaultsNameEveryKey() {
        Settings settings = new Settings(ID, REGISTERED);
        assertEquals(new UserSettings(false, "everyone", true, ALL_NOTIFICATIONS, DEFAULT_EMAILS, REGISTERED),
                settings.view());
    }

    @Test
    void aChangeReturnsTheWholeSettingsAsTheyNowAre() {
        Settings settings = new Settings(ID, REGISTERED);

        Optional<SettingsUpdated> updated = settings.change(new SettingsChange(true, MessagePolicy.FOLLOWERS, null,
                Map.of("like", false), Map.of("digest", true)), NOW);

        Map<String, Boolean> notifications = new java.util.HashMap<>(ALL_NOTIFICATIONS);
        notifications.put("like", false);
        UserSettings expected = new UserSettings(true, "followers", true, notifications,
                Map.of("notifications", true, "digest", true, "product_news", false), NOW);
        assertEquals(Optional.of(new SettingsUpdated(ID, expected)), updated);
        assertEquals(expected, settings.view());
        assertEquals(updated.get(), EventJson.fromJson(EventJson.toJson(updated.get()), SettingsUpdated.class), "consumers read what is written");
    }

    @Test
    void onlyTheNamedKeysChange() {
        Settings settings = new Settings(ID, REGISTERED);
        settings.change(new SettingsChange(null, null, null, Map.of("like", false), Map.of()), NOW);
        settings.change(new SettingsChange(null, null, null, Map.of("share", false), Map.of()), NOW.plusSeconds(1));
        assertFalse(settings.notifications().get("like"), "the first change stays");
        assertFalse(settings.notifications().get("share"));
        assertTrue(settings.notifications().get("reply"));
    }

    @Test
    void aChangeThatChangesNothingHappensNot() {
        Settings settings = new Settings(ID, REGISTERED);
        assertTrue(settings.change(SettingsChange.NONE, NOW).isEmpty());
        assertTrue(settings.change(new SettingsChange(false, MessagePolicy.EVERYONE, true, Map.of("like", true),
                Map.of("digest", false)), NOW).isEmpty(), "every value as it already was");
        assertEquals(REGISTERED, settings.updatedAt());
    }

    @Test
    void storedValuesWinMissingKeysTakeTheirDefaultUnknownOnesAreDropped() {
        Map<String, Boolean> read = Preferences.read("{\"like\": false, \"retired_type\": true, \"reply\": \"yes\"}",
                Preferences.NOTIFICATIONS);
        Map<String, Boolean> expected = new java.util.HashMap<>(ALL_NOTIFICATIONS);
        expected.put("like", false);
        assertEquals(expected, read);
        assertEquals(ALL_NOTIFICATIONS, Preferences.read("{}", Preferences.NOTIFICATIONS), "rows written before V2");
    }

    /** The defaults the migration writes for new rows (and fills in for old ones) are the code's. */
    @Test
    void theColumnDefaultsAreTheCodesDefaults() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__media_links_lifecycle_settings_roles.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(Preferences.NOTIFICATIONS, columnDefault(sql, "notification_preferences"));
        assertEquals(Preferences.EMAILS, columnDefault(sql, "email_preferences"));
    }

    private static Map<String, Boolean> columnDefault(String sql, String column) {
        Matcher m = Pattern.compile("ALTER COLUMN " + column + " SET DEFAULT\\s+'([^']*)'::jsonb").matcher(sql);
        assertTrue(m.find(), column + " default not found");
        Map<String, Boolean> values = new java.util.HashMap<>();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(m.group(1)))) {
            reader.readObject().forEach((key, value) -> values.put(key, value.getValueType() == jakarta.json.JsonValue.ValueType.TRUE));
        }
        // the fill-in of existing rows uses the same object
        assertTrue(sql.contains(column + " = '" + m.group(1) + "'::jsonb"), column + " fill-in differs from its default");
        return values;
    }
}

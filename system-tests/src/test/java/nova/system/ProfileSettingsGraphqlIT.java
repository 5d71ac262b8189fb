package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 over GraphQL, as a member uses it: their profile (with links), others' profiles by id, username
 * and in batches, their settings, and their account's deletion, through the gateway only. Every refused
 * change is shown to have changed nothing.
 */
class ProfileSettingsGraphqlIT {

    static final String PROFILE_FIELDS = "id username displayName bio locale avatarMediaId headerMediaId links { name url }"
            + " verified status createdAt updatedAt";
    static final String UPDATE_PROFILE = "mutation change($input: ProfileInput!) { updateProfile(input: $input) { "
            + PROFILE_FIELDS + " } }";
    static final String ME = "{ me { " + PROFILE_FIELDS + " } }";
    static final String USER = "query user($id: ID!) { user(id: $id) { " + PROFILE_FIELDS + " } }";
    static final String BY_USERNAME = "query byName($username: String!) { userByUsername(username: $username) { "
            + PROFILE_FIELDS + " } }";
    static final String USERS = "query batch($ids: [String!]!) { users(ids: $ids) { id username } }";
    static final String SETTINGS_FIELDS = "locked messagePolicy discoverable notifications { type enabled }"
            + " emails { kind enabled } updatedAt";
    static final String MY_SETTINGS = "{ mySettings { " + SETTINGS_FIELDS + " } }";
    static final String UPDATE_SETTINGS = "mutation settings($input: SettingsInput!) { updateSettings(input: $input) { "
            + SETTINGS_FIELDS + " } }";
    static final String STATUS_FIELDS = "userId state banReason bannedUntil deletionEffectiveAt";
    static final String MY_STATUS = "{ myStatus { " + STATUS_FIELDS + " } }";
    static final String SCHEDULE_DELETION = "mutation { scheduleAccountDeletion { " + STATUS_FIELDS + " } }";
    static final String CANCEL_DELETION = "mutation { cancelAccountDeletion { " + STATUS_FIELDS + " } }";

    static Map<String, Object> link(String name, String url) {
        return Map.of("name", name, "url", url);
    }

    // --- profiles ----------------------------------------------------------------------------------

    @Test
    void aProfileChangeRoundTripsAndOthersSeeItByIdUsernameAndBatch() throws Exception {
        Members.Member ada = Members.newcomer("profile");
        Members.Member bob = Members.newcomer("reader");

        JsonObject changed = ada.execute(UPDATE_PROFILE, Map.of("input", Map.of("displayName", "Ada Lovelace – Zürich ✓",
                "bio", "Counts things.", "locale", "pt-br",
                "links", List.of(link("Website", "https://ada.example.org"), link("Notes", "http://notes.example.org/ada")))))
                .data("updateProfile");
        assertEquals("Ada Lovelace – Zürich ✓", changed.getString("displayName"), "non-ASCII text arrives as it was sent");
        assertEquals("Counts things.", changed.getString("bio"));
        assertEquals("pt-BR", changed.getString("locale"));
        assertEquals(List.of("Website https://ada.example.org", "Notes http://notes.example.org/ada"), links(changed));
        assertEquals("ACTIVE", changed.getString("status"));
        assertFalse(changed.getBoolean("verified"));
        assertFalse(changed.isNull("updatedAt"));

        assertEquals(changed, ada.execute(ME).data("me"), "me answers what the change answered");
        assertEquals(changed, bob.execute(USER, Map.of("id", ada.id())).data("user"));
        assertEquals(changed, bob.execute(BY_USERNAME, Map.of("username", ada.username().toUpperCase(Locale.ROOT)))
                .data("userByUsername"), "a username is found in any letter case");

        List<JsonObject> batch = bob.execute(USERS, Map.of("ids", List.of(bob.id(), "not-an-id", UUID.randomUUID().toString(),
                ada.id(), bob.id()))).response().getData().getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(List.of(bob.username(), ada.username()), batch.stream().map(p -> p.getString("username")).toList(),
                "in the order asked, each once, unknown and malformed ids left out");

        // fields left out stay; an empty list removes every link
        JsonObject fewer = ada.execute(UPDATE_PROFILE, Map.of("input", Map.of("links", List.of()))).data("updateProfile");
        assertEquals(List.of(), links(fewer));
        assertEquals("Ada Lovelace – Zürich ✓", fewer.getString("displayName"));
        assertEquals("Counts things.", fewer.getString("bio"));
    }

    @Test
    void aRefusedProfileChangeIsAnsweredFieldByFieldAndChangesNothing() throws Exception {
        Members.Member ada = Members.newcomer("badprofile");
        JsonObject before = ada.execute(ME).data("me");

        Gql.Result blank = ada.execute(UPDATE_PROFILE, Map.of("input", Map.of("displayName", "   ", "locale", "not a locale",
                "bio", "this bio would be saved if the change were half applied")));
        assertEquals(Optional.of("VALIDATION_FAILED"), blank.code(), blank.errors().toString());
        assertEquals(List.of("displayName", "locale"), blank.fieldsInError().stream().sorted().toList());

        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(link("Link " + i, "https://example.org/" + i));
        }
        Gql.Result tooMany = ada.execute(UPDATE_PROFILE, Map.of("input", Map.of("links", five)));
        assertEquals(Optional.of("VALIDATION_FAILED"), tooMany.code(), tooMany.errors().toString());
        assertTrue(tooMany.fieldsInError().stream().allMatch(field -> field.startsWith("links")), tooMany.fieldsInError().toString());

        Gql.Result badUrl = ada.execute(UPDATE_PROFILE, Map.of("input",
                Map.of("links", List.of(link("Mine", "javascript:alert(1)")))));
        assertEquals(Optional.of("VALIDATION_FAILED"), badUrl.code(), badUrl.errors().toString());

        assertEquals(before, ada.execute(ME).data("me"), "a refused change changes nothing");
    }

    @Test
    void profilesOfNobodyAreNotFoundAndBatchesAreCapped() throws Exception {
        Members.Member ada = Members.newcomer("nobody");
        assertEquals(Optional.of("NOT_FOUND"), ada.execute(USER, Map.of("id", UUID.randomUUID().toString())).code());
        assertEquals(Optional.of("NOT_FOUND"), ada.execute(USER, Map.of("id", "42")).code());
        assertEquals(Optional.of("NOT_FOUND"), ada.execute(BY_USERNAME,
                Map.of("username", "nobody" + UUID.randomUUID().toString().substring(0, 8))).code());
        assertEquals(Optional.of("NOT_FOUND"), ada.execute(BY_USERNAME, Map.of("username", "../users/me")).code());

        List<String> hundredAndOne = new ArrayList<>(Collections.nCopies(100, UUID.randomUUID().toString()));
        hundredAndOne.add(ada.id());
        Gql.Result tooMany = ada.execute(USERS, Map.of("ids", hundredAndOne));
        assertEquals(Optional.of("VALIDATION_FAILED"), tooMany.code());
        assertEquals(List.of("ids"), tooMany.fieldsInError());
        List<String> hundred = new ArrayList<>(Collections.nCopies(99, UUID.randomUUID().toString()));
        hundred.add(ada.id());
        assertEquals(1, ada.execute(USERS, Map.of("ids", hundred)).response().getData().getJsonArray("users").size());
    }

    @Test
    void withoutATokenNothingIsAskedOfAnyone() throws Exception {
        try (Gql anonymous = Gql.anonymous()) {
            for (String document : List.of(MY_SETTINGS, MY_STATUS, SCHEDULE_DELETION, CANCEL_DELETION,
                    "{ user(id: \"" + UUID.randomUUID() + "\") { id } }", "{ userByUsername(username: \"ada\") { id } }",
                    "{ users(ids: []) { id } }", "mutation { updateProfile(input: {bio: \"x\"}) { id } }",
                    "mutation { updateSettings(input: {locked: true}) { locked } }")) {
                assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(document).code(), document);
            }
        }
    }

    // --- settings ------------------------------------------------------------------------------------

    @Test
    void settingsStartWithEveryTypeAndChangeOnlyWhatIsNamed() throws Exception {
        Members.Member ada = Members.newcomer("settings");
        JsonObject start = ada.execute(MY_SETTINGS).data("mySettings");
        assertEquals(List.of("follow", "follow_request", "like", "mention", "message", "reply", "share"),
                keys(start, "notifications", "type"), "every notification type is present, sorted");
        assertEquals(List.of("digest", "notifications", "product_news"), keys(start, "emails", "kind"));
        assertFalse(start.getBoolean("locked"));

        JsonObject changed = ada.execute(UPDATE_SETTINGS, Map.of("input", Map.of("locked", true, "messagePolicy", "MUTUALS",
                "notifications", List.of(Map.of("type", "like", "enabled", false)),
                "emails", List.of(Map.of("kind", "digest", "enabled", !flag(start, "emails", "kind", "digest"))))))
                .data("updateSettings");
        assertTrue(changed.getBoolean("locked"));
        assertEquals("MUTUALS", changed.getString("messagePolicy"));
        assertEquals(start.getBoolean("discoverable"), changed.getBoolean("discoverable"), "left out, left alone");
        assertFalse(flag(changed, "notifications", "type", "like"));
        assertEquals(!flag(start, "emails", "kind", "digest"), flag(changed, "emails", "kind", "digest"));
        for (String type : List.of("follow", "follow_request", "mention", "message", "reply", "share")) {
            assertEquals(flag(start, "notifications", "type", type), flag(changed, "notifications", "type", type), type);
        }
        assertEquals(changed, ada.execute(MY_SETTINGS).data("mySettings"), "mySettings answers what the change answered");
    }

    @Test
    void aRefusedSettingsChangeChangesNothing() throws Exception {
        Members.Member ada = Members.newcomer("badsettings");
        JsonObject before = ada.execute(MY_SETTINGS).data("mySettings");

        Gql.Result unknown = ada.execute(UPDATE_SETTINGS, Map.of("input", Map.of("locked", true,
                "notifications", List.of(Map.of("type", "telepathy", "enabled", true)))));
        assertEquals(Optional.of("VALIDATION_FAILED"), unknown.code(), unknown.errors().toString());
        assertFalse(unknown.fieldsInError().isEmpty());

        Gql.Result twice = ada.execute(UPDATE_SETTINGS, Map.of("input", Map.of("locked", true,
                "notifications", List.of(Map.of("type", "like", "enabled", true), Map.of("type", "like", "enabled", false)))));
        assertEquals(Optional.of("VALIDATION_FAILED"), twice.code());
        assertEquals(List.of("notifications"), twice.fieldsInError());

        Gql.Result badPolicy = ada.execute(UPDATE_SETTINGS, Map.of("input", Map.of("locked", true, "messagePolicy", "ALIENS")));
        assertEquals(Optional.of("GRAPHQL_VALIDATION_FAILED"), badPolicy.code(), "not one of the enum's values");

        assertEquals(before, ada.execute(MY_SETTINGS).data("mySettings"), "nothing changed, not even 'locked'");
    }

    // --- the account's lifecycle -------------------------------------------------------------------------

    @Test
    void aDeletionIsScheduledForLaterAndCanBeCancelled() throws Exception {
        Members.Member ada = Members.newcomer("deletion");
        JsonObject active = ada.execute(MY_STATUS).data("myStatus");
        assertEquals("ACTIVE", active.getString("state"));
        assertEquals(ada.id(), active.getString("userId"));
        assertTrue(active.isNull("deletionEffectiveAt"));

        assertEquals(Optional.of("CONFLICT"), ada.execute(CANCEL_DELETION).code(), "nothing to cancel yet");

        Instant asked = Instant.now();
        JsonObject scheduled = ada.execute(SCHEDULE_DELETION).data("scheduleAccountDeletion");
        assertEquals("DELETION_SCHEDULED", scheduled.getString("state"));
        Instant effective = Instant.parse(scheduled.getString("deletionEffectiveAt"));
        assertTrue(effective.isAfter(asked.plus(Duration.ofDays(29))) && effective.isBefore(asked.plus(Duration.ofDays(31))),
                "30 days of grace: " + effective);
        assertEquals(scheduled, ada.execute(MY_STATUS).data("myStatus"));
        assertEquals("DELETION_SCHEDULED", ada.execute(ME).data("me").getString("status"));
        assertEquals(List.of(), Members.tryLogin(ada.username(), ada.password()).errors(),
                "until then the member can still log in");

        JsonObject cancelled = ada.execute(CANCEL_DELETION).data("cancelAccountDeletion");
        assertEquals("ACTIVE", cancelled.getString("state"));
        assertTrue(cancelled.isNull("deletionEffectiveAt"));
        assertEquals("ACTIVE", ada.execute(ME).data("me").getString("status"));
        assertEquals(Optional.of("CONFLICT"), ada.execute(CANCEL_DELETION).code(), "cancelled once, not twice");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    static List<String> links(JsonObject profile) {
        return profile.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("name") + " " + l.getString("url")).toList();
    }

    static List<String> keys(JsonObject settings, String list, String key) {
        return settings.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(e -> e.getString(key))
                .collect(Collectors.toList());
    }

    static boolean flag(JsonObject settings, String list, String key, String name) {
        return settings.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString(key).equals(name)).findFirst().orElseThrow().getBoolean("enabled");
    }
}

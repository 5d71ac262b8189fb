package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first minute, through the GraphQL endpoint only: register, log in, see yourself —
 * and every way it can go wrong on the way, with nothing half-created.
 */
class FirstJourneyIT {

    static final String REGISTER = """
            mutation register($input: RegisterInput!) {
              register(input: $input) { id username email createdAt }
            }""";
    static final String LOGIN = """
            mutation login($login: String!, $password: String!) {
              login(login: $login, password: $password) { accessToken tokenType expiresIn refreshToken refreshExpiresIn }
            }""";
    static final String REFRESH = """
            mutation refresh($refreshToken: String!) {
              refresh(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }
            }""";
    static final String ME = "query { me { id username displayName bio locale createdAt updatedAt } }";

    static final String PASSWORD = "correct horse battery staple 42";

    private final DataSource identity = Backbone.database(Backbone.server("identity"));

    /** A fresh, valid registration; {@code tag} keeps names unique across runs. */
    static Map<String, Object> newcomer(String tag) {
        String unique = tag + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return Map.of("email", unique + "@example.org", "username", "u" + unique, "password", PASSWORD);
    }

    static JsonObject register(Gql gql, Map<String, Object> input) {
        return gql.execute(REGISTER, Map.of("input", input)).data("register");
    }

    static JsonObject login(Gql gql, String login, String password) {
        return gql.execute(LOGIN, Map.of("login", login, "password", password)).data("login");
    }

    /** Polls {@code me} until the profile is there (it arrives through an event). */
    static JsonObject awaitProfile(String accessToken, Duration within) throws Exception {
        AtomicReference<JsonObject> profile = new AtomicReference<>();
        try (Gql me = Gql.bearer(accessToken)) {
            await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> {
                Gql.Result result = me.execute(ME);
                if (result.errors().isEmpty()) {
                    profile.set(result.response().getData().getJsonObject("me"));
                    return true;
                }
                // not there yet, or the user context just restarted (its circuit may still be open): keep asking
                assertTrue(Set.of("NOT_FOUND", "UNAVAILABLE").contains(result.code().orElse("")),
                        "only 'not there yet' or 'unavailable' is expected: " + result.errors());
                return false;
            });
        }
        return profile.get();
    }

    @Test
    void registerLogInAndSeeYourself() throws Exception {
        Map<String, Object> input = newcomer("journey");
        try (Gql gql = Gql.anonymous()) {
            JsonObject account = register(gql, input);
            assertEquals(input.get("username"), account.getString("username"));
            assertEquals(input.get("email"), account.getString("email"));
            UUID id = UUID.fromString(account.getString("id"));

            JsonObject tokens = login(gql, (String) input.get("username"), PASSWORD);
            assertEquals("Bearer", tokens.getString("tokenType"));
            assertEquals(900, tokens.getInt("expiresIn"), "access tokens live 15 minutes");
            assertFalse(tokens.getString("refreshToken").isBlank());

            JsonObject me = awaitProfile(tokens.getString("accessToken"), Duration.ofSeconds(60));
            assertEquals(id.toString(), me.getString("id"));
            assertEquals(input.get("username"), me.getString("username"));
            assertEquals(input.get("username"), me.getString("displayName"), "the display name starts as the username");

            // logging in by email works too, whatever its case
            JsonObject byEmail = login(gql, ((String) input.get("email")).toUpperCase(java.util.Locale.ROOT), PASSWORD);
            assertNotEquals(tokens.getString("accessToken"), byEmail.getString("accessToken"));
        }
    }

    @Test
    void aRefreshTokenIsExchangedOnceForANewPair() throws Exception {
        Map<String, Object> input = newcomer("refresh");
        try (Gql gql = Gql.anonymous()) {
            register(gql, input);
            JsonObject first = login(gql, (String) input.get("username"), PASSWORD);
            JsonObject second = gql.execute(REFRESH, Map.of("refreshToken", first.getString("refreshToken"))).data("refresh");
            assertNotEquals(first.getString("refreshToken"), second.getString("refreshToken"), "refresh tokens rotate");
            awaitProfile(second.getString("accessToken"), Duration.ofSeconds(60));

            Gql.Result reused = gql.execute(REFRESH, Map.of("refreshToken", first.getString("refreshToken")));
            assertEquals(Optional.of("UNAUTHENTICATED"), reused.code(), "a spent refresh token is refused");
            Gql.Result garbage = gql.execute(REFRESH, Map.of("refreshToken", "not-a-token"));
            assertEquals(Optional.of("UNAUTHENTICATED"), garbage.code());
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
        Map<String, Object> input = newcomer("wrongpw");
        try (Gql gql = Gql.anonymous()) {
            register(gql, input);
            Gql.Result wrong = gql.execute(LOGIN, Map.of("login", input.get("username"), "password", PASSWORD + "!"));
            Gql.Result unknown = gql.execute(LOGIN, Map.of("login", "nobody" + UUID.randomUUID().toString().substring(0, 8),
                    "password", PASSWORD));
            assertEquals(Optional.of("UNAUTHENTICATED"), wrong.code());
            assertEquals(wrong.code(), unknown.code());
            assertEquals(wrong.error().getMessage(), unknown.error().getMessage(), "nothing tells which one was wrong");
            assertTrue(wrong.response().getData() == null || wrong.response().getData().isNull("login"));
        }
    }

    @Test
    void aTakenUsernameOrEmailIsAClearConflictAndConsumesNothing() throws Exception {
        Map<String, Object> first = newcomer("taken");
        try (Gql gql = Gql.anonymous()) {
            register(gql, first);

            // the same username in other letters, with a fresh email
            String freshEmail = "fresh" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            Gql.Result sameName = gql.execute(REGISTER, Map.of("input", Map.of("email", freshEmail,
                    "username", ((String) first.get("username")).toUpperCase(java.util.Locale.ROOT), "password", PASSWORD)));
            assertEquals(Optional.of("CONFLICT"), sameName.code());
            assertEquals(List.of("username"), sameName.fieldsInError());

            Gql.Result sameEmail = gql.execute(REGISTER, Map.of("input", Map.of("email", first.get("email"),
                    "username", "other" + UUID.randomUUID().toString().substring(0, 8), "password", PASSWORD)));
            assertEquals(Optional.of("CONFLICT"), sameEmail.code());
            assertEquals(List.of("email"), sameEmail.fieldsInError());

            // the failed attempt left nothing behind: its email is still free
            assertEquals(0, Backbone.count(identity, "SELECT count(*) FROM credentials WHERE lower(email) = lower(?)", freshEmail));
            JsonObject later = register(gql, Map.of("email", freshEmail, "username", "later" + UUID.randomUUID().toString().substring(0, 8),
                    "password", PASSWORD));
            assertEquals(freshEmail, later.getString("email"));
        }
    }

    @Test
    void malformedInputIsAnsweredFieldByFieldAndStoresNothing() throws Exception {
        String email = "not-an-email-" + UUID.randomUUID().toString().substring(0, 8);
        try (Gql gql = Gql.anonymous()) {
            Gql.Result all = gql.execute(REGISTER, Map.of("input", Map.of("email", email, "username", "x!", "password", "short")));
            assertEquals(Optional.of("VALIDATION_FAILED"), all.code());
            assertEquals(List.of("email", "password", "username"), all.fieldsInError().stream().sorted().distinct().toList());

            assertFieldError(gql, Map.of("username", "admin"), "username");            // reserved
            assertFieldError(gql, Map.of("username", "ab"), "username");               // too short
            assertFieldError(gql, Map.of("password", "password1234"), "password");     // common
            assertFieldError(gql, Map.of("password", "p".repeat(129)), "password");    // too long
            assertFieldError(gql, Map.of("email", "two@@example.org"), "email");
        }
        assertEquals(0, Backbone.count(identity, "SELECT count(*) FROM credentials WHERE email = ?", email));
    }

    private static void assertFieldError(Gql gql, Map<String, Object> override, String field) {
        java.util.HashMap<String, Object> input = new java.util.HashMap<>(newcomer("bad"));
        input.putAll(override);
        Gql.Result result = gql.execute(REGISTER, Map.of("input", input));
        assertEquals(Optional.of("VALIDATION_FAILED"), result.code(), override + ": " + result.errors());
        assertEquals(List.of(field), result.fieldsInError(), override.toString());
    }

    @Test
    void aProfileChangeIsSavedAndPublishedAndBadValuesAreRefusedFieldByField() throws Exception {
        Map<String, Object> input = newcomer("patch");
        String token;
        String id;
        try (Gql gql = Gql.anonymous()) {
            id = register(gql, input).getString("id");
            token = login(gql, (String) input.get("username"), PASSWORD).getString("accessToken");
        }
        awaitProfile(token, Duration.ofSeconds(60));
        java.net.http.HttpResponse<String> changed = patchProfile(token, "{\"displayName\":\"Ada L.\",\"bio\":\"Counts things.\",\"locale\":\"pt-br\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject profile = Nova.json(changed.body());
        assertEquals("Ada L.", profile.getString("displayName"));
        assertEquals("pt-BR", profile.getString("locale"));

        // the change leaves the context as an event, with what consumers need
        DataSource events = Backbone.database(Backbone.EVENTS);
        await().atMost(Duration.ofSeconds(60)).until(() -> Backbone.count(events, """
                SELECT count(*) FROM domain_events WHERE type = 'user.profile.updated' AND subject = ?
                AND envelope -> 'data' ->> 'displayName' = 'Ada L.'""", id) == 1);

        java.net.http.HttpResponse<String> bad = patchProfile(token, "{\"displayName\":\"   \",\"locale\":\"not a locale\"}");
        assertEquals(400, bad.statusCode());
        JsonObject problem = Nova.json(bad.body());
        assertEquals(List.of("displayName", "locale"), problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList());
        try (Gql me = Gql.bearer(token)) {
            assertEquals("Ada L.", me.execute(ME).data("me").getString("displayName"), "a refused change changes nothing");
        }
        assertEquals(401, patchProfile("not.a.token", "{\"bio\":\"x\"}").statusCode());
    }

    private static java.net.http.HttpResponse<String> patchProfile(String token, String json) throws Exception {
        return Nova.HTTP.send(java.net.http.HttpRequest.newBuilder(Backbone.server("user").http("/users/me/profile"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void graphiqlIsServedInTheLocalProfile() throws Exception {
        assertEquals(200, Nova.get(java.net.URI.create("http://localhost:9080/graphql-ui")).statusCode());
    }

    @Test
    void meWithoutATokenIsUnauthenticated() throws Exception {
        try (Gql gql = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), gql.execute(ME).code());
        }
        try (Gql gql = Gql.bearer("not.a.token")) {
            assertEquals(Optional.of("UNAUTHENTICATED"), gql.execute(ME).code());
        }
    }
}

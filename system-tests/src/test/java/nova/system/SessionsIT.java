package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A holder's own sessions over GraphQL, and what revoking one means everywhere: its access tokens are
 * refused by identity at once and by every other context within seconds (identity.session.revoked),
 * its refresh token no longer works, and every revocation, a reused refresh token's included, is an
 * event in the log.
 */
class SessionsIT {

    static final String SESSIONS = "query { sessions { id userAgent ip createdAt lastUsedAt current } }";
    static final String REVOKE = "mutation revoke($id: ID!) { revokeSession(id: $id) }";
    static final String REVOKE_OTHERS = "mutation { revokeOtherSessions }";
    static final String LOGOUT = "mutation { logout }";

    /** How long a revocation may take to reach every context. */
    static final Duration EVERYWHERE_WITHIN = Duration.ofSeconds(20);

    private final DataSource events = Backbone.database(Backbone.EVENTS);
    private final DataSource identity = Backbone.database(Backbone.server("identity"));

    /** A newcomer, registered, with {@code logins} sessions. */
    record Holder(String userId, List<JsonObject> tokens) {
        String access(int session) {
            return tokens.get(session).getString("accessToken");
        }

        String refresh(int session) {
            return tokens.get(session).getString("refreshToken");
        }

        String sessionId(int session) {
            return sid(access(session));
        }
    }

    static Holder holder(String tag, int logins) {
        Map<String, Object> input = FirstJourneyIT.newcomer(tag);
        try (Gql gql = Gql.anonymous()) {
            String id = FirstJourneyIT.register(gql, input).getString("id");
            List<JsonObject> tokens = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                tokens.add(FirstJourneyIT.login(gql, (String) input.get("username"), FirstJourneyIT.PASSWORD));
            }
            return new Holder(id, tokens);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoLoginsAreTwoSessionsAndTheCurrentOneIsMarked() throws Exception {
        Holder ada = holder("sessions", 2);
        try (Gql asFirst = Gql.bearer(ada.access(0))) {
            List<JsonObject> sessions = list(asFirst);
            assertEquals(2, sessions.size(), sessions.toString());
            assertEquals(List.of(ada.sessionId(0)), sessions.stream().filter(s -> s.getBoolean("current"))
                    .map(s -> s.getString("id")).toList());
            assertTrue(sessions.stream().map(s -> s.getString("id")).toList().contains(ada.sessionId(1)));
            assertFalse(sessions.get(0).isNull("ip"), "the login's address is kept: " + sessions.get(0));
        }
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(SESSIONS).code());
        }
    }

    @Test
    void aRevokedSessionIsRefusedEverywhereWhileTheCurrentOneGoesOn() throws Exception {
        Holder ada = holder("revoke", 2);
        String other = ada.sessionId(1);
        acceptedEverywhere(ada.access(1));

        try (Gql asFirst = Gql.bearer(ada.access(0))) {
            Gql.Result revoked = asFirst.execute(REVOKE, Map.of("id", other));
            assertEquals(List.of(), revoked.errors());
            assertTrue(revoked.response().getData().getBoolean("revokeSession"));

            assertEquals(401, caller(Backbone.server("identity"), ada.access(1)).statusCode(), "identity refuses it at once");
            refusedEverywhere(ada.access(1));
            assertEquals(Optional.of("UNAUTHENTICATED"), refresh(ada.refresh(1)).code(), "its refresh token is revoked too");

            acceptedEverywhere(ada.access(0));
            assertEquals(List.of(ada.sessionId(0)), list(asFirst).stream().map(s -> s.getString("id")).toList());
            assertEquals(Optional.of("NOT_FOUND"), asFirst.execute(REVOKE, Map.of("id", other)).code(),
                    "an ended session is not there to revoke again");
        }
        awaitLogged(other, "revoked");
        JsonObject next = refresh(ada.refresh(0)).data("refresh");
        assertFalse(next.getString("accessToken").isBlank(), "the current session still refreshes");
    }

    @Test
    void revokingTheOthersLeavesOnlyTheCurrentOne() throws Exception {
        Holder ada = holder("others", 3);
        try (Gql asLast = Gql.bearer(ada.access(2))) {
            assertEquals(2, asLast.execute(REVOKE_OTHERS).response().getData().getInt("revokeOtherSessions"));
            assertEquals(List.of(ada.sessionId(2)), list(asLast).stream().map(s -> s.getString("id")).toList());
        }
        refusedEverywhere(ada.access(0));
        refusedEverywhere(ada.access(1));
        acceptedEverywhere(ada.access(2));
        awaitLogged(ada.sessionId(0), "others_revoked");
        awaitLogged(ada.sessionId(1), "others_revoked");
    }

    @Test
    void logoutEndsTheCurrentSessionEverywhere() throws Exception {
        Holder ada = holder("logout", 1);
        acceptedEverywhere(ada.access(0));
        try (Gql asAda = Gql.bearer(ada.access(0))) {
            assertTrue(asAda.execute(LOGOUT).response().getData().getBoolean("logout"));
            assertEquals(Optional.of("UNAUTHENTICATED"), asAda.execute(SESSIONS).code(), "identity refuses it at once");
        }
        refusedEverywhere(ada.access(0));
        assertEquals(Optional.of("UNAUTHENTICATED"), refresh(ada.refresh(0)).code());
        awaitLogged(ada.sessionId(0), "logout");
    }

    @Test
    void someoneElsesSessionIsNotFoundAndStaysOpen() throws Exception {
        Holder ada = holder("mine", 1);
        Holder bob = holder("theirs", 1);
        try (Gql asAda = Gql.bearer(ada.access(0))) {
            Gql.Result foreign = asAda.execute(REVOKE, Map.of("id", bob.sessionId(0)));
            Gql.Result unknown = asAda.execute(REVOKE, Map.of("id", UUID.randomUUID().toString()));
            assertEquals(Optional.of("NOT_FOUND"), foreign.code());
            assertEquals(foreign.error().getMessage(), unknown.error().getMessage(), "nothing tells them apart");
            assertEquals(Optional.of("NOT_FOUND"), asAda.execute(REVOKE, Map.of("id", "not-a-session")).code());
            assertTrue(list(asAda).stream().noneMatch(s -> s.getString("id").equals(bob.sessionId(0))),
                    "nobody sees another's sessions");
        }
        assertEquals(0, Backbone.count(identity, "SELECT count(*) FROM sessions WHERE id = ?::uuid AND revoked_at IS NOT NULL",
                bob.sessionId(0)));
        acceptedEverywhere(bob.access(0));
        try (Gql asBob = Gql.bearer(bob.access(0))) {
            assertEquals(1, list(asBob).size());
        }
        assertEquals(List.of(), revocationsLogged(bob.sessionId(0)));
    }

    @Test
    void aReusedRefreshTokenRevokesItsSessionEverywhereAndSaysSo() throws Exception {
        Holder ada = holder("reuse", 1);
        JsonObject next = refresh(ada.refresh(0)).data("refresh");
        acceptedEverywhere(next.getString("accessToken"));

        assertEquals(Optional.of("UNAUTHENTICATED"), refresh(ada.refresh(0)).code(), "the spent token comes back");

        awaitLogged(ada.sessionId(0), "refresh_reuse");
        refusedEverywhere(next.getString("accessToken"));
        refusedEverywhere(ada.access(0));
        assertEquals(Optional.of("UNAUTHENTICATED"), refresh(next.getString("refreshToken")).code(),
                "the whole family is revoked");
    }

    /**
     * A login lasts at most 90 days however often it is refreshed: near its end a refresh still works
     * but the refresh token it gets lives only until the session's end; past it, the refresh token is
     * refused and the session is no longer listed. (The logins are moved back in identity's database.)
     */
    @Test
    void aSessionEndsNinetyDaysAfterItsLoginHoweverOftenItIsRefreshed() throws Exception {
        Holder ada = holder("lifetime", 2);
        olderBy(ada.sessionId(0), "89 days");
        olderBy(ada.sessionId(1), "90 days 1 minute");

        Gql.Result near;
        try (Gql gql = Gql.anonymous()) {
            near = gql.execute("""
                    mutation refresh($refreshToken: String!) {
                      refresh(refreshToken: $refreshToken) { accessToken refreshToken refreshExpiresIn }
                    }""", Map.of("refreshToken", ada.refresh(0)));
        }
        assertEquals(List.of(), near.errors());
        JsonObject tokens = near.response().getData().getJsonObject("refresh");
        long left = tokens.getJsonNumber("refreshExpiresIn").longValue();
        assertTrue(left <= 86_400 && left > 86_400 - 300, "one day left of the session, not thirty: " + left);
        assertEquals(Optional.of("UNAUTHENTICATED"), refresh(ada.refresh(1)).code(), "past its end");

        try (Gql asAda = Gql.bearer(tokens.getString("accessToken"))) {
            assertEquals(List.of(ada.sessionId(0)), list(asAda).stream().map(s -> s.getString("id")).toList());
        }
    }

    /** Moves the session's login back by {@code interval} (a PostgreSQL interval) in identity's database. */
    private void olderBy(String sessionId, String interval) throws Exception {
        try (java.sql.Connection c = identity.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement(
                     "UPDATE sessions SET created_at = created_at - ?::interval WHERE id = ?::uuid")) {
            s.setString(1, interval);
            s.setString(2, sessionId);
            assertEquals(1, s.executeUpdate());
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    static List<JsonObject> list(Gql gql) {
        Gql.Result result = gql.execute(SESSIONS);
        if (!result.errors().isEmpty()) {
            throw new AssertionError("sessions: " + result.errors());
        }
        return result.response().getData().getJsonArray("sessions").getValuesAs(JsonObject.class);
    }

    static Gql.Result refresh(String refreshToken) throws Exception {
        try (Gql gql = Gql.anonymous()) {
            return gql.execute(FirstJourneyIT.REFRESH, Map.of("refreshToken", refreshToken));
        }
    }

    /** The token's {@code sid}: its session's id. */
    static String sid(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return Nova.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getString("sid");
    }

    static HttpResponse<String> caller(Nova.Server context, String accessToken) throws Exception {
        return Nova.HTTP.send(HttpRequest.newBuilder(context.http("/caller")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void acceptedEverywhere(String accessToken) throws Exception {
        for (Nova.Server context : Nova.CONTEXTS) {
            HttpResponse<String> response = caller(context, accessToken);
            assertEquals(200, response.statusCode(), context.name() + ": " + response.body());
        }
    }

    /** Every context answers 401, each within {@link #EVERYWHERE_WITHIN} of the first look; problem+json where it says why. */
    static void refusedEverywhere(String accessToken) {
        await().atMost(EVERYWHERE_WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<String> accepting = new ArrayList<>();
            for (Nova.Server context : Nova.CONTEXTS) {
                HttpResponse<String> response = caller(context, accessToken);
                if (response.statusCode() != 401) {
                    accepting.add(context.name() + " " + response.statusCode());
                } else {
                    assertTrue(Nova.json(response.body()).getString("type").endsWith("/invalid-token"),
                            context.name() + ": " + response.body());
                }
            }
            assertEquals(List.of(), accepting, "still accepted by");
        });
    }

    /** The reasons of the {@code identity.session.revoked} events about this session in the events log. */
    List<String> revocationsLogged(String sessionId) throws Exception {
        List<String> reasons = new ArrayList<>();
        try (java.sql.Connection c = events.getConnection(); java.sql.PreparedStatement s = c.prepareStatement("""
                SELECT envelope -> 'data' ->> 'reason' FROM domain_events
                WHERE type = 'identity.session.revoked' AND envelope -> 'data' ->> 'sessionId' = ?""")) {
            s.setString(1, sessionId);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reasons.add(rs.getString(1));
                }
            }
        }
        return reasons;
    }

    /** Waits until the session's revocation, for this reason and only once, is in the events log. */
    void awaitLogged(String sessionId, String reason) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertEquals(List.of(reason), revocationsLogged(sessionId)));
    }
}

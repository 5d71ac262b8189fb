package nova.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Members of the network as the GraphQL tests of issue 7 need them: registered and logged in through the
 * gateway, with their profile there; an administrator made by the operator account, as the first one is.
 */
final class Members {

    static final Nova.Server USER = Backbone.server("user");
    static final Nova.Server IDENTITY = Backbone.server("identity");

    private Members() {
    }

    /** A registered member, logged in once, with the password they have now. */
    record Member(String id, String username, String email, String password, String accessToken, String refreshToken) {

        Gql gql() {
            return Gql.bearer(accessToken);
        }

        /** Runs one document as this member. */
        Gql.Result execute(String document, Map<String, Object> variables) {
            try (Gql gql = gql()) {
                return gql.execute(document, variables);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Gql.Result execute(String document) {
            return execute(document, Map.of());
        }

        /** The same member after a new login (a new session, fresh claims). */
        Member loggedInAgain() {
            JsonObject tokens = login(username, password);
            return new Member(id, username, email, password, tokens.getString("accessToken"),
                    tokens.getString("refreshToken"));
        }
    }

    /** Registers a newcomer through the gateway, logs in and waits until the user context has the profile. */
    static Member newcomer(String tag) throws Exception {
        Map<String, Object> input = FirstJourneyIT.newcomer(tag);
        String id;
        try (Gql gql = Gql.anonymous()) {
            id = FirstJourneyIT.register(gql, input).getString("id");
        }
        JsonObject tokens = login((String) input.get("username"), FirstJourneyIT.PASSWORD);
        FirstJourneyIT.awaitProfile(tokens.getString("accessToken"), Duration.ofSeconds(60));
        return new Member(id, (String) input.get("username"), (String) input.get("email"), FirstJourneyIT.PASSWORD,
                tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    static JsonObject login(String login, String password) {
        try (Gql gql = Gql.anonymous()) {
            return FirstJourneyIT.login(gql, login, password);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Gql.Result tryLogin(String login, String password) {
        try (Gql gql = Gql.anonymous()) {
            return gql.execute(FirstJourneyIT.LOGIN, Map.of("login", login, "password", password));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A newcomer made {@code role} by the operator account (HTTP Basic at the user context, as the first
     * admin is made), logged in again once identity has heard of it: its token carries {@code permission}.
     */
    static Member withRole(String tag, String role, String permission) throws Exception {
        Member member = newcomer(tag);
        Contexts.user().grantRole(operatorCredentials(), UUID.fromString(member.id()), role); // anything but 200 throws
        return awaitPermission(member, permission);
    }

    /** Logs the member in again until the new token's groups carry {@code permission}. */
    static Member awaitPermission(Member member, String permission) {
        AtomicReference<Member> current = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Member again = member.loggedInAgain();
            current.set(again);
            return groups(again.accessToken()).contains(permission);
        });
        return current.get();
    }

    /** The operator account's {@code Authorization} (HTTP Basic), for the user context's role calls. */
    static String operatorCredentials() {
        String credentials = Nova.env("NOVA_ADMIN_USER") + ":" + Nova.env("NOVA_ADMIN_PASSWORD");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A user's roles as the operator sees them, through the user context's contract. */
    static List<String> roles(String userId) {
        return Contexts.user().rolesOf(operatorCredentials(), UUID.fromString(userId)).roles();
    }

    /** The {@code groups} claim of an access token (read, not verified: the servers do that). */
    static List<String> groups(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return strings(Nova.json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)), "groups");
    }

    static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Waits until {@code document} as {@code member} answers without errors and returns {@code data.field}. */
    static JsonObject awaitData(Member member, String document, String field) {
        AtomicReference<JsonObject> data = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Gql.Result result = member.execute(document);
            if (!result.errors().isEmpty()) {
                return false;
            }
            data.set(result.response().getData().getJsonObject(field));
            return true;
        });
        return data.get();
    }
}

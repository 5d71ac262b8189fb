package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's credentials over GraphQL: changing a password, resetting a forgotten one with the mailed token,
 * proving an email address, and what identity's refusals look like to a client (UNAUTHENTICATED,
 * VALIDATION_FAILED on the token, CONFLICT, RATE_LIMITED with retryAfterSeconds). The mailed tokens are
 * read from identity's events on nova.identity, where the communication context reads them.
 */
@MicroShedTest
public class AccountRecoveryGraphqlIT {

    /** MicroShed's consumer of {@code nova.identity}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.account-recovery-graphql", topics = "nova.identity", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> identityTopic;

    static final String CHANGE_PASSWORD = "mutation change($current: String!, $next: String!) {"
            + " changePassword(currentPassword: $current, newPassword: $next) }";
    static final String REQUEST_RESET = "mutation forgot($email: String!) { requestPasswordReset(email: $email) }";
    static final String RESET = "mutation reset($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) }";
    static final String REQUEST_VERIFICATION = "mutation { requestEmailVerification }";
    static final String VERIFY = "mutation verify($token: String!) { verifyEmail(token: $token) }";
    static final String SESSIONS = "{ sessions { id current } }";

    static final String NEW_PASSWORD = "a brand new passphrase 77";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** HTTP/1.1, as the gateway speaks to identity. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    // --- changing a password ------------------------------------------------------------------------

    @Test
    void aWrongCurrentPasswordIsUnauthenticatedAndChangesNothing() throws Exception {
        Members.Member ada = Members.newcomer("wrongcurrent");

        Gql.Result wrong = ada.execute(CHANGE_PASSWORD, Map.of("current", ada.password() + "!", "next", NEW_PASSWORD));
        assertEquals(Optional.of("UNAUTHENTICATED"), wrong.code(), wrong.errors().toString());
        assertEquals("the current password is wrong", wrong.error().getMessage());

        assertEquals(List.of(), Members.tryLogin(ada.username(), ada.password()).errors(), "the old password still works");
        assertEquals(Optional.of("UNAUTHENTICATED"), Members.tryLogin(ada.username(), NEW_PASSWORD).code(),
                "the new one was not set");
        assertEquals(List.of(), ada.execute(SESSIONS).errors(), "and the session that asked is still open");
    }

    @Test
    void aNewPasswordThatBreaksTheRulesIsRefusedFieldByField() throws Exception {
        Members.Member ada = Members.newcomer("weaknew");

        Gql.Result weak = ada.execute(CHANGE_PASSWORD, Map.of("current", ada.password(), "next", "short"));
        assertEquals(Optional.of("VALIDATION_FAILED"), weak.code(), weak.errors().toString());
        assertEquals(List.of("newPassword"), weak.fieldsInError());
        assertEquals(List.of(), Members.tryLogin(ada.username(), ada.password()).errors(), "nothing changed");
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAndEndsTheOtherSessions() throws Exception {
        Members.Member ada = Members.newcomer("change");
        Members.Member otherDevice = ada.loggedInAgain();

        assertTrue(ada.execute(CHANGE_PASSWORD, Map.of("current", ada.password(), "next", NEW_PASSWORD))
                .response().getData().getBoolean("changePassword"));

        assertEquals(Optional.of("UNAUTHENTICATED"), Members.tryLogin(ada.username(), ada.password()).code());
        assertEquals(List.of(), Members.tryLogin(ada.username(), NEW_PASSWORD).errors());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertEquals(Optional.of("UNAUTHENTICATED"), otherDevice.execute(SESSIONS).code(), "the other session ended"));
        assertEquals(List.of(), ada.execute(SESSIONS).errors(), "the session that changed it goes on");
    }

    @Test
    void withoutATokenNoPasswordChangesAndNoMailIsSent() throws Exception {
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"),
                    anonymous.execute(CHANGE_PASSWORD, Map.of("current", "x", "next", NEW_PASSWORD)).code());
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(REQUEST_VERIFICATION).code());
        }
    }

    // --- a forgotten password ----------------------------------------------------------------------------

    @Test
    void aResetTokenSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        Members.Member ada = Members.newcomer("reset");
        String token;
        try (Backbone.TopicReader identity = new Backbone.TopicReader(identityTopic, "nova.identity"); Gql anonymous = Gql.anonymous()) {
            assertTrue(anonymous.execute(REQUEST_RESET, Map.of("email", ada.email().toUpperCase(java.util.Locale.ROOT)))
                    .response().getData().getBoolean("requestPasswordReset"));
            token = awaitEvent(identity, "identity.password.reset_requested", ada.id()).data().getString("token");
        }
        assertEquals(List.of(), Members.tryLogin(ada.username(), ada.password()).errors(), "asking changes nothing yet");

        try (Gql anonymous = Gql.anonymous()) {
            Gql.Result weak = anonymous.execute(RESET, Map.of("token", token, "next", "short"));
            assertEquals(Optional.of("VALIDATION_FAILED"), weak.code());
            assertEquals(List.of("newPassword"), weak.fieldsInError());

            assertTrue(anonymous.execute(RESET, Map.of("token", token, "next", NEW_PASSWORD))
                    .response().getData().getBoolean("resetPassword"), "a weak attempt does not spend the token");

            Gql.Result again = anonymous.execute(RESET, Map.of("token", token, "next", NEW_PASSWORD + " again"));
            assertEquals(Optional.of("VALIDATION_FAILED"), again.code(), "a token is spent once");
            assertEquals(List.of("token"), again.fieldsInError());
        }
        assertEquals(Optional.of("UNAUTHENTICATED"), Members.tryLogin(ada.username(), ada.password()).code());
        assertEquals(List.of(), Members.tryLogin(ada.username(), NEW_PASSWORD).errors());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertEquals(Optional.of("UNAUTHENTICATED"), ada.execute(SESSIONS).code(), "every session of the account ended"));
    }

    @Test
    void aResetAnswersTheSameForAnAddressNobodyHasAndMailsNothing() throws Exception {
        String nobody = "nobody" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@example.org";
        try (Backbone.TopicReader identity = new Backbone.TopicReader(identityTopic, "nova.identity"); Gql anonymous = Gql.anonymous()) {
            Gql.Result answer = anonymous.execute(REQUEST_RESET, Map.of("email", nobody));
            assertEquals(List.of(), answer.errors());
            assertTrue(answer.response().getData().getBoolean("requestPasswordReset"));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> identity.events().stream()
                    .noneMatch(e -> e.type().equals("identity.password.reset_requested")
                            && nobody.equalsIgnoreCase(e.data().getString("email", ""))));
        }
    }

    @Test
    void anUnknownResetOrVerificationTokenIsAFieldError() throws Exception {
        try (Gql anonymous = Gql.anonymous()) {
            Gql.Result reset = anonymous.execute(RESET, Map.of("token", "not-a-token", "next", NEW_PASSWORD));
            assertEquals(Optional.of("VALIDATION_FAILED"), reset.code(), reset.errors().toString());
            assertEquals(List.of("token"), reset.fieldsInError());
            Gql.Result verify = anonymous.execute(VERIFY, Map.of("token", UUID.randomUUID().toString()));
            assertEquals(Optional.of("VALIDATION_FAILED"), verify.code(), verify.errors().toString());
            assertEquals(List.of("token"), verify.fieldsInError());
        }
    }

    // --- proving an email address ------------------------------------------------------------------------

    @Test
    void aVerificationTokenProvesTheAddressOnce() throws Exception {
        Members.Member ada = Members.newcomer("verify");
        String token;
        try (Backbone.TopicReader identity = new Backbone.TopicReader(identityTopic, "nova.identity")) {
            assertTrue(ada.execute(REQUEST_VERIFICATION).response().getData().getBoolean("requestEmailVerification"));
            token = awaitEvent(identity, "identity.email.verification_requested", ada.id()).data().getString("token");
        }
        assertFalse(ada.execute(ProfileSettingsGraphqlIT.ME).data("me").getBoolean("verified"));

        try (Gql anonymous = Gql.anonymous()) {
            assertTrue(anonymous.execute(VERIFY, Map.of("token", token)).response().getData().getBoolean("verifyEmail"));
            Gql.Result again = anonymous.execute(VERIFY, Map.of("token", token));
            assertEquals(Optional.of("VALIDATION_FAILED"), again.code(), "a token is spent once");
            assertEquals(List.of("token"), again.fieldsInError());
        }
        // the user context hears of it (identity.email.verified, then user.verified)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                ada.execute(ProfileSettingsGraphqlIT.ME).data("me").getBoolean("verified"));
        assertEquals(Optional.of("CONFLICT"), ada.execute(REQUEST_VERIFICATION).code(), "proven already");
    }

    // --- too many attempts -----------------------------------------------------------------------------

    /**
     * identity throttles a login name after 100 failures within an hour. They are made here directly at
     * identity from addresses set aside for tests, so the gateway's own address (every GraphQL test's) is not
     * charged with them; then logins of that name through the gateway are RATE_LIMITED with the seconds to wait,
     * and so many refusals in a row do not open the gateway's circuit to identity: others still log in.
     */
    @Test
    void aThrottledNameIsRateLimitedAndDoesNotOpenTheCircuit() throws Exception {
        Members.Member ada = Members.newcomer("throttled");
        for (int i = 0; i < 100; i++) {
            int status = loginAtIdentity(ada.username(), "not the password " + i).statusCode();
            if (status == 429) {
                break;
            }
            assertEquals(401, status);
        }

        for (int i = 0; i < 12; i++) {
            Gql.Result limited = Members.tryLogin(ada.username(), ada.password());
            assertEquals(Optional.of("RATE_LIMITED"), limited.code(), "attempt " + i + ": " + limited.errors());
            Object seconds = limited.error().getExtensions().get("retryAfterSeconds");
            assertTrue(seconds != null && Long.parseLong(Gql.text(seconds)) > 0, "retryAfterSeconds: " + seconds);
            assertFalse(limited.error().getMessage().contains(ada.username()), "nothing but the wait is said");
        }
        Members.Member bob = Members.newcomer("notthrottled");
        assertEquals(List.of(), Members.tryLogin(bob.username(), bob.password()).errors(),
                "twelve refusals in a row are answers, not failures: the circuit to identity stays closed");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    static CloudEvent awaitEvent(Backbone.TopicReader reader, String type, String subject) {
        AtomicReference<CloudEvent> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Optional<CloudEvent> event = reader.events().stream()
                    .filter(e -> e.type().equals(type) && e.subject().equals(subject)).findFirst();
            event.ifPresent(found::set);
            return event.isPresent();
        });
        return found.get();
    }

    /** A failed login at identity itself, from an address in 198.18.0.0/15 (set aside for tests). */
    static HttpResponse<String> loginAtIdentity(String login, String password) throws Exception {
        String address = "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
        String body = Json.createObjectBuilder().add("login", login).add("password", password).build().toString();
        return HTTP.send(HttpRequest.newBuilder(Members.IDENTITY.http("/sessions")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .header(Identity.PROXY_PROOF, Identity.proxySecret())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package nova.user.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Events;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;
import nova.testsupport.TopicReader;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * user deployed alone, fed identity's events on the real {@code nova.identity} topic by the test: a registration
 * becomes one user with its profile, settings and role however often it arrives; a proof of address becomes one
 * {@code user.verified}. The test plays identity's JWKS too, so its tokens are the only ones this server trusts.
 */
@InContainer
class RegistrationIntakeContainerIT {

    private static final String CONSUMER = "nova.user.accounts";
    private static Tokens tokens;

    private final Database user = Database.of("user");
    private final Http http = Http.to(LibertyServer.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() throws Exception {
        tokens = new Tokens().servedAsIdentity();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
    }

    @Test
    void aRegistrationBecomesOneProfileHoweverOftenItArrives() {
        UUID id = UUID.randomUUID();
        String username = Events.username("intake");
        CloudEvent registered = Events.userRegistered(id, username, username + "@example.org");
        // the same event three times (redelivery), then identity publishing the registration again under a new id
        CloudEvent republished = Events.userRegistered(id, username, username + "@example.org");
        Topics.send("nova.identity", registered, registered, registered, republished);

        user.awaitCount(2, Duration.ofSeconds(60),
                "SELECT count(*) FROM processed_events WHERE consumer = ? AND event_id = ANY(?::uuid[])",
                CONSUMER, new String[] {registered.id().toString(), republished.id().toString()});
        assertEquals(1, user.count("SELECT count(*) FROM users WHERE id = ? AND username = ?", id, username));
        assertEquals(1, user.count("SELECT count(*) FROM user_profiles WHERE user_id = ?", id));
        assertEquals(1, user.count("SELECT count(*) FROM user_settings WHERE user_id = ?", id));
        assertEquals(1, user.count("SELECT count(*) FROM user_roles WHERE user_id = ? AND role_name = 'user'", id));

        HttpResponse<String> me = http.withBearer(tokens.accessToken(id, username)).get("/users/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(username, Http.json(me).getString("username"));
    }

    @Test
    void aProofOfAddressIsPublishedAsUserVerifiedOnce() throws Exception {
        UUID id = UUID.randomUUID();
        String username = Events.username("proof");
        Topics.send("nova.identity", Events.userRegistered(id, username, username + "@example.org"));
        try (TopicReader published = new TopicReader("nova.user")) {
            CloudEvent proof = Events.emailVerified(id, username + "@example.org");
            Topics.send("nova.identity", proof, proof);
            published.await("user.verified", id.toString());
            user.awaitCount(1, Duration.ofSeconds(30),
                    "SELECT count(*) FROM processed_events WHERE consumer = ? AND event_id = ?", CONSUMER, proof.id());
            // a second proof with a new id is not news either
            CloudEvent again = Events.emailVerified(id, username + "@example.org");
            Topics.send("nova.identity", again);
            user.awaitCount(1, Duration.ofSeconds(30),
                    "SELECT count(*) FROM processed_events WHERE consumer = ? AND event_id = ?", CONSUMER, again.id());
            assertEquals(1, user.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = 'user.verified'",
                    id.toString()));
            assertEquals(1, published.eventsAbout("user.verified", id.toString()).size());
        }
    }

    @Test
    void withoutATokenOfIdentitysKeysNothingIsShown() {
        assertEquals(401, http.get("/users/me").statusCode());
        try (Tokens stranger = new Tokens()) {
            assertEquals(401, http.withBearer(stranger.accessToken(UUID.randomUUID(), "stranger")).get("/users/me").statusCode());
        }
    }
}

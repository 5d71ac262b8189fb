package nova.identity.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Events;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.TopicReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * identity deployed alone: a registration commits its credential and its outbox row together, the relay then
 * publishes {@code identity.user.registered}; a registration whose event cannot be written leaves neither row.
 */
@InContainer
class RegistrationContainerIT {

    private static final String PASSWORD = "correct horse battery staple 42";

    private final Database identity = Database.of("identity");
    private final Http http = Http.to(LibertyServer.base());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aRegistrationCommitsItsCredentialAndItsOutboxRowTogetherAndIsPublished() throws Exception {
        String username = Events.username("reg");
        try (TopicReader topic = new TopicReader("nova.identity")) {
            HttpResponse<String> created = http.post("/accounts", registration(username));
            assertEquals(201, created.statusCode(), created.body());
            String id = Http.json(created).getString("id");

            assertEquals(1, identity.count("SELECT count(*) FROM credentials WHERE id = ?::uuid AND username = ?", id, username));
            assertEquals(1, identity.count("SELECT count(*) FROM outbox_events WHERE aggregate_id = ? AND type = ?",
                    id, "identity.user.registered"));

            CloudEvent registered = topic.await("identity.user.registered", id);
            assertEquals(username, registered.data().getString("username"));
            assertEquals("identity", registered.source());
        }
    }

    @Test
    void aRegistrationWhoseEventCannotBeWrittenLeavesNeitherRow() {
        String username = Events.username("rollback");
        // the fault: the outbox refuses this one registration's event, after its credential was written
        String trigger = "it_refuses_" + UUID.randomUUID().toString().replace('-', '_');
        identity.execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.payload::text LIKE '%" + username + "%' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                + "RETURN NEW; END $$");
        identity.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION "
                + trigger + "()");
        try {
            HttpResponse<String> refused = http.post("/accounts", registration(username));
            assertEquals(500, refused.statusCode(), refused.body());
        } finally {
            identity.execute("DROP TRIGGER IF EXISTS " + trigger + " ON outbox_events");
            identity.execute("DROP FUNCTION IF EXISTS " + trigger + "()");
        }
        assertEquals(0, identity.count("SELECT count(*) FROM credentials WHERE username = ?", username));
        assertEquals(0, identity.count("SELECT count(*) FROM outbox_events WHERE payload::text LIKE ?", "%" + username + "%"));

        // nothing half-made stands in the way: the same name registers once the fault is gone
        HttpResponse<String> again = http.post("/accounts", registration(username));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(1, identity.count("SELECT count(*) FROM credentials WHERE username = ?", username));
    }

    private static JsonObject registration(String username) {
        return Json.createObjectBuilder().add("email", username + "@example.org").add("username", username)
                .add("password", PASSWORD).build();
    }
}

package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nova.contracts.identity.Account;
import nova.contracts.identity.Credentials;
import nova.contracts.identity.IdentityApi;
import nova.contracts.identity.Registration;
import nova.contracts.identity.Tokens;
import nova.contracts.user.UserProfile;
import nova.platform.events.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaConsumerClient;

/**
 * The contracts as clients use them, with MicroShed Testing's clients against the running system: a registration
 * through {@link IdentityApi} is an account, an {@code identity.user.registered} on {@code nova.identity} (read by
 * MicroShed's Kafka consumer), a login, and then the user context's profile through {@code UserApi}.
 * Public, as MicroShed injects its clients into public static fields of a public class.
 */
@MicroShedTest
public class ContractClientsIT {

    @RESTClient
    public static IdentityApi identity;

    // a group of its own that starts at the beginning the first time: nothing published after it is missed
    @KafkaConsumerClient(groupId = "nova.system-tests.contract-clients", topics = "nova.identity",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class,
            properties = "auto.offset.reset=earliest")
    public static KafkaConsumer<String, byte[]> identityEvents;

    /** Leaves the group at once: the next run's consumer need not wait for this one's session to time out. */
    @AfterAll
    static void closeTheConsumer() {
        identityEvents.close();
    }

    @Test
    void aRegistrationThroughTheContractIsAnAccountAnEventAndAProfile() {
        Map<String, Object> newcomer = FirstJourneyIT.newcomer("contract");
        Account account = identity.register(new Registration((String) newcomer.get("email"),
                (String) newcomer.get("username"), FirstJourneyIT.PASSWORD));
        assertEquals(newcomer.get("username"), account.username());

        List<CloudEvent> registered = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (ConsumerRecord<String, byte[]> record : identityEvents.poll(Duration.ofMillis(500))) {
                CloudEvent event = CloudEvent.parse(record.value());
                if (event.type().equals("identity.user.registered") && event.subject().equals(account.id().toString())) {
                    registered.add(event);
                }
            }
            return !registered.isEmpty();
        });
        assertEquals(account.id().toString(), registered.get(0).data().getString("userId"));

        Tokens tokens = identity.login(new Credentials(account.username(), FirstJourneyIT.PASSWORD));
        String bearer = "Bearer " + tokens.accessToken();
        UserProfile profile = await().atMost(Duration.ofSeconds(60)).ignoreException(NotFoundException.class)
                .until(() -> Contexts.user().me(bearer), p -> p != null);
        assertEquals(account.id(), profile.id());
        assertEquals(account.username(), profile.username());
    }
}

package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.UserLoggedIn;
import nova.contracts.identity.UserRegistered;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.UserVerified;
import nova.platform.events.CloudEvent;
import nova.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;

/** The intake reads what identity writes, and hands registrations to {@link AccountOpening}, proofs to {@link AccountService}. */
class RegistrationIntakeTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00.123456Z");

    final RegistrationIntake intake = new RegistrationIntake();
    final List<NewAccount> opened = new ArrayList<>();
    final List<Object[]> verified = new ArrayList<>();

    RegistrationIntakeTest() {
        intake.opening = new AccountOpening() {
            @Override
            public Optional<ProfileCreated> open(NewAccount account) {
                opened.add(account);
                return Optional.empty();
            }
        };
        intake.accounts = new AccountService() {
            @Override
            public Optional<UserVerified> verify(UUID userId, Instant verifiedAt) {
                verified.add(new Object[] {userId, verifiedAt});
                return Optional.empty();
            }
        };
    }

    /** The event as it reaches the consumer: written by identity's outbox, sent as bytes, parsed back. */
    static ReceivedEvent onTheWire(String type, JsonObject data) {
        CloudEvent written = CloudEvent.of("identity", type, ID.toString(), data);
        return new ReceivedEvent("nova.identity", 0, 42L, ID.toString(), CloudEvent.parse(written.toBytes()));
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void readsNovaIdentityAsTheAccountsConsumer() {
        assertEquals("accounts", intake.name());
        assertEquals(List.of("nova.identity"), List.copyOf(intake.topics()));
    }

    @Test
    void aRegistrationAsIdentityWritesItOpensTheAccountWithTheUsernameAsDisplayName() {
        UserRegistered registered = new UserRegistered(ID, "Ada_L", "ada@example.org", REGISTERED);

        intake.handle(onTheWire(UserRegistered.TYPE, EventJson.toJson(registered)), null);

        assertEquals(List.of(new NewAccount(ID, "Ada_L", "Ada_L", REGISTERED)), opened);
        assertEquals(List.of(), verified);
    }

    @Test
    void fieldsIdentityMayAddLaterAreIgnored() {
        JsonObject data = json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","username":"ada","email":"ada@example.org",
                 "registeredAt":"2026-11-20T08:00:00.123456Z","referrer":"newsletter","marketingOptIn":false}""");

        intake.handle(onTheWire(UserRegistered.TYPE, data), null);

        assertEquals(List.of(new NewAccount(ID, "ada", "ada", REGISTERED)), opened);
    }

    @Test
    void otherIdentityEventsPassWithoutEffect() {
        JsonObject loggedIn = EventJson.toJson(new UserLoggedIn(ID, UUID.randomUUID(), REGISTERED));
        intake.handle(onTheWire(UserLoggedIn.TYPE, loggedIn), null);
        JsonObject other = Json.createObjectBuilder().add("userId", ID.toString()).build();
        for (String type : List.of("identity.session.revoked", "identity.password.changed", "identity.user.renamed")) {
            intake.handle(onTheWire(type, other), null);
        }
        assertEquals(List.of(), opened);
        assertEquals(List.of(), verified);
    }

    @Test
    void aRegistrationWithoutItsFieldsFailsSoItIsRetriedThenDeadLettered() {
        JsonObject incomplete = Json.createObjectBuilder().add("userId", ID.toString()).build();

        assertThrows(RuntimeException.class, () -> intake.handle(onTheWire(UserRegistered.TYPE, incomplete), null));
        assertEquals(List.of(), opened, "nothing written");
    }

    @Test
    void wantsRegistrationsAndEmailProofsOnly() {
        assertTrue(intake.wants(UserRegistered.TYPE));
        assertTrue(intake.wants(EmailVerified.TYPE));
        for (String type : List.of(UserLoggedIn.TYPE, "identity.session.revoked", "identity.password.changed",
                "identity.email.verification_requested")) {
            assertTrue(!intake.wants(type), type);
        }
    }

    @Test
    void anEmailProofAsIdentityWritesItVerifiesTheAccount() {
        Instant proven = Instant.parse("2026-11-21T09:30:00.654321Z");
        JsonObject data = json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","email":"ada@example.org",
                 "verifiedAt":"2026-11-21T09:30:00.654321Z","method":"link"}""");

        intake.handle(onTheWire(EmailVerified.TYPE, data), null);

        assertEquals(1, verified.size());
        assertEquals(ID, verified.get(0)[0]);
        assertEquals(proven, verified.get(0)[1]);
        assertEquals(List.of(), opened);
    }

    @Test
    void anEmailProofWithoutItsFieldsFailsSoItIsRetriedThenDeadLettered() {
        JsonObject incomplete = Json.createObjectBuilder().add("userId", ID.toString()).build();
        assertThrows(RuntimeException.class,
                () -> intake.handle(onTheWire(EmailVerified.TYPE, incomplete), null));
    }
}

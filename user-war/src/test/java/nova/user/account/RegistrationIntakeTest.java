package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.UserLoggedIn;
import nova.contracts.identity.UserRegistered;
import nova.contracts.user.UserVerified;
import nova.platform.events.CloudEvent;
import nova.platform.events.ReceivedEvent;
import org.junit.jupiter.api.Test;

/** The intake reads what identity writes, and turns it into the three rows of a new account. */
class RegistrationIntakeTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00.123456Z");

    final RegistrationIntake intake = new RegistrationIntake();
    final RecordingConnection recording = new RecordingConnection();

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
    void aRegistrationAsIdentityWritesItBecomesUserProfileAndSettings() throws Exception {
        UserRegistered registered = new UserRegistered(ID, "Ada_L", "ada@example.org", REGISTERED);

        intake.handle(onTheWire(UserRegistered.TYPE, registered.toJson()), recording.connection());

        Timestamp at = Timestamp.from(REGISTERED);
        assertEquals(4, recording.statements.size());
        RecordingConnection.Statement users = recording.statements.get(0);
        assertTrue(users.sql.startsWith("INSERT INTO users (id, username, created_at, updated_at)"), users.sql);
        assertEquals(List.of(ID, "Ada_L", at, at), users.values());

        RecordingConnection.Statement profiles = recording.statements.get(1);
        assertTrue(profiles.sql.startsWith("INSERT INTO user_profiles (user_id, display_name, created_at, updated_at)"),
                profiles.sql);
        assertEquals(List.of(ID, "Ada_L", at, at), profiles.values(), "display name = username; no bio, no locale");

        RecordingConnection.Statement settings = recording.statements.get(2);
        assertTrue(settings.sql.startsWith("INSERT INTO user_settings (user_id, updated_at)"), settings.sql);
        assertEquals(List.of(ID, at), settings.values(), "every setting takes its column default");

        RecordingConnection.Statement role = recording.statements.get(3);
        assertTrue(role.sql.startsWith("INSERT INTO user_roles (user_id, role_name, granted_at) VALUES (?, 'user', ?)"),
                role.sql);
        assertEquals(List.of(ID, at), role.values(), "every account has the role user");

        for (RecordingConnection.Statement statement : recording.statements) {
            assertEquals(1, statement.executions, statement.sql);
            assertTrue(statement.closed, statement.sql);
        }
    }

    @Test
    void applyingARegistrationAgainCannotFailOnTheExistingRows() {
        for (String sql : List.of(RegistrationIntake.INSERT_USER, RegistrationIntake.INSERT_PROFILE,
                RegistrationIntake.INSERT_SETTINGS, RegistrationIntake.INSERT_ROLE)) {
            String conflict = sql.substring(sql.indexOf("ON CONFLICT"));
            assertTrue(conflict.equals("ON CONFLICT (id) DO NOTHING") || conflict.equals("ON CONFLICT (user_id) DO NOTHING")
                    || conflict.equals("ON CONFLICT (user_id, role_name) DO NOTHING"), sql);
        }
    }

    @Test
    void fieldsIdentityMayAddLaterAreIgnored() throws Exception {
        JsonObject data = json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","username":"ada","email":"ada@example.org",
                 "registeredAt":"2026-11-20T08:00:00.123456Z","referrer":"newsletter","marketingOptIn":false}""");

        intake.handle(onTheWire(UserRegistered.TYPE, data), recording.connection());

        assertEquals(List.of(ID, "ada", Timestamp.from(REGISTERED), Timestamp.from(REGISTERED)),
                recording.statements.get(0).values());
    }

    @Test
    void otherIdentityEventsPassWithoutEffect() throws Exception {
        JsonObject loggedIn = new UserLoggedIn(ID, UUID.randomUUID(), REGISTERED).toJson();
        intake.handle(onTheWire(UserLoggedIn.TYPE, loggedIn), recording.connection());
        JsonObject other = Json.createObjectBuilder().add("userId", ID.toString()).build();
        for (String type : List.of("identity.session.revoked", "identity.password.changed", "identity.user.renamed")) {
            intake.handle(onTheWire(type, other), recording.connection());
        }
        assertEquals(List.of(), recording.statements);
    }

    @Test
    void aRegistrationWithoutItsFieldsFailsSoItIsRetriedThenDeadLettered() {
        JsonObject incomplete = Json.createObjectBuilder().add("userId", ID.toString()).build();

        assertThrows(RuntimeException.class,
                () -> intake.handle(onTheWire(UserRegistered.TYPE, incomplete), recording.connection()));
        assertEquals(List.of(), recording.statements, "nothing written");
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
    void anEmailProofAsIdentityWritesItVerifiesTheAccount() throws Exception {
        List<Object[]> verified = new ArrayList<>();
        intake.accounts = new AccountService() {
            @Override
            public Optional<UserVerified> verify(UUID userId, Instant verifiedAt) {
                verified.add(new Object[] {userId, verifiedAt});
                return Optional.empty();
            }
        };
        Instant proven = Instant.parse("2026-11-21T09:30:00.654321Z");
        JsonObject data = json("""
                {"userId":"0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b","email":"ada@example.org",
                 "verifiedAt":"2026-11-21T09:30:00.654321Z","method":"link"}""");

        intake.handle(onTheWire(EmailVerified.TYPE, data), recording.connection());

        assertEquals(1, verified.size());
        assertEquals(ID, verified.get(0)[0]);
        assertEquals(proven, verified.get(0)[1]);
        assertEquals(List.of(), recording.statements, "the account service writes it, in the same transaction");
    }

    @Test
    void anEmailProofWithoutItsFieldsFailsSoItIsRetriedThenDeadLettered() {
        JsonObject incomplete = Json.createObjectBuilder().add("userId", ID.toString()).build();
        assertThrows(RuntimeException.class,
                () -> intake.handle(onTheWire(EmailVerified.TYPE, incomplete), recording.connection()));
    }
}

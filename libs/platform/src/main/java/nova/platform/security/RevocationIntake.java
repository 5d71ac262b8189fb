package nova.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * How this server learns that sessions were revoked, into {@link RevokedSessions}:
 * <ul>
 * <li>in every context, consumer {@code nova.<context>.revocations} of {@code nova.identity}: each
 * {@code identity.session.revoked} event writes its row in the inbox's transaction (a redelivery
 * finds it there) and lists the session on this server at once. Other identity events pass without effect;</li>
 * <li>in identity, {@link #record} in the transaction that revokes the session: identity refuses the
 * session's tokens as soon as that transaction commits, not when its own event comes back.</li>
 * </ul>
 * Runs only where the event backbone does (not in the gateway: see META-INF/beans.xml).
 */
@ApplicationScoped
public class RevocationIntake extends Subscriber {

    /** The event's type, as identity's contract ({@code nova.contracts.identity.SessionRevoked}) names it. */
    public static final String TYPE = "identity.session.revoked";

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    ContextDatabase database;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public RevocationIntake() {
        super("revocations", "nova.identity", Set.of(TYPE));
    }

    @Incoming("revocations")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws SQLException {
        if (!TYPE.equals(received.event().type())) {
            return;
        }
        Revocation revocation = Revocation.of(received.event().data());
        revokedSessions.insert(transaction, revocation.sessionId(), revocation.revokedAt());
        // listed before the inbox commits: the event is a fact whether or not this transaction commits
        revokedSessions.remember(revocation.sessionId(), revocation.revokedAt());
    }

    /**
     * In the caller's transaction (identity's, as it revokes the session): writes the row, and lists
     * the session on this server once the transaction has committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID sessionId, Instant revokedAt) {
        try (Connection connection = database.dataSource().getConnection()) {
            revokedSessions.insert(connection, sessionId, revokedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the revoked session: " + e.getMessage(), e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    revokedSessions.remember(sessionId, revokedAt);
                }
            }
        });
    }

    /** What this consumer needs of an {@code identity.session.revoked} payload. */
    public record Revocation(UUID sessionId, Instant revokedAt) {

        /**
         * Reads {@code sessionId} and {@code revokedAt}; other fields are ignored.
         *
         * @throws IllegalArgumentException if either is missing or malformed (the event is dead-lettered)
         */
        public static Revocation of(JsonObject data) {
            try {
                return new Revocation(UUID.fromString(data.getString("sessionId")),
                        Instant.parse(data.getString("revokedAt")));
            } catch (NullPointerException | ClassCastException | DateTimeException e) {
                throw new IllegalArgumentException("not a session revocation: " + data, e);
            }
        }
    }
}

package nova.identity.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.session.SessionRevocation;
import nova.platform.events.SagaStep;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * identity's step in the sagas (consumer group {@code nova.identity.saga} on {@code nova.events}). Erase: the
 * account is deleted for good (as {@code user.deleted} makes it), every open session is revoked, the credentials
 * are removed ({@link Credential#erase}). Hide (a ban): every open session is revoked; the ban itself is identity's
 * standing, kept from {@code user.banned}. Restore: nothing to give back (sessions stay ended; the unban lets the
 * member log in again), answered at once. Each is idempotent.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    private static final Logger LOG = Logger.getLogger(MemberErasure.class.getName());

    @Inject
    CredentialRepository credentials;

    @Inject
    SessionRevocation revocation;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        Instant now = DatabaseTime.now();
        credentials.findByIdForUpdate(userId).ifPresentOrElse(account -> {
            account.standing().deleted(now).ifPresent(deleted -> account.moveTo(deleted, now));
            account.erase(now);
        }, () -> LOG.log(Level.WARNING, "Erasing user {0}, whom identity does not know: nothing to remove", userId));
        revocation.revokeAllOf(userId, null, SessionRevocation.DELETED, now);
    }

    @Override
    protected void hide(UUID userId, Connection transaction) {
        revocation.revokeAllOf(userId, null, SessionRevocation.BANNED, DatabaseTime.now());
    }

    @Override
    protected void restore(UUID userId, Connection transaction) {
        // sessions are not given back: the member logs in again once identity's standing lets them
    }
}

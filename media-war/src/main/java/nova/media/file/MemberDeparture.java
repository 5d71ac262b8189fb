package nova.media.file;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.user.UserDeleted;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * When an account is gone for good ({@code user.deleted} on {@code nova.user}, consumer group
 * {@code nova.media.members}), every file its owner still has is deleted as if they had deleted it one by one:
 * each publishes {@code media.deleted} in the inbox's transaction, and the bytes leave the disk once that
 * transaction has committed. Other user events pass without effect.
 */
@ApplicationScoped
public class MemberDeparture extends Subscriber {

    @Inject
    MediaService media;

    @Inject
    StoredFiles storedFiles;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    public MemberDeparture() {
        super("members", "nova.user", Set.of(UserDeleted.TYPE));
    }

    @Incoming("members")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        UserDeleted deleted = received.data(UserDeleted.class);
        departed(deleted.userId());
    }

    /**
     * Deletes every file {@code userId} still has, in the caller's transaction (one {@code media.deleted} each);
     * the bytes leave the disk once it has committed. Also the account deletion saga's media step.
     */
    public void departed(java.util.UUID userId) {
        List<String> keys = media.deleteAllOf(userId);
        if (keys.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> storedFiles.removeUnused(keys));
                }
            }
        });
    }
}

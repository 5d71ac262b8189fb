package nova.media.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.media.file.MemberDeparture;
import nova.platform.events.SagaStep;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * media's step in the account deletion saga (consumer group {@code nova.media.saga} on {@code nova.events}): every
 * file the member still has is deleted as {@code user.deleted} deletes them ({@link MemberDeparture#departed}: one
 * {@code media.deleted} each, the bytes off the disk after the commit). Asked again, there is nothing left to delete.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    @Inject
    MemberDeparture departure;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        departure.departed(userId);
    }
}

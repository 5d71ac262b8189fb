package nova.search.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.SagaStep;
import nova.search.projection.LiveProjection;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * search's step in the sagas (consumer group {@code nova.search.saga} on {@code nova.events}; answers on
 * {@code nova.search}, search's only published topic). Erase: every document of the member leaves the index and
 * the member stays a tombstone, so no late event brings one back. Hide and restore: the member and what they wrote
 * are left out of answers, then shown again. The same projection changes {@code user.deleted}, {@code user.banned}
 * and {@code user.unbanned} make, so asked again nothing changes.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    @Inject
    LiveProjection projection;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        projection.erase(userId, username == null ? "" : username);
    }

    @Override
    protected void hide(UUID userId, Connection transaction) {
        projection.banned(userId, true);
    }

    @Override
    protected void restore(UUID userId, Connection transaction) {
        projection.banned(userId, false);
    }
}

package nova.social.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.platform.events.SagaStep;
import nova.platform.persistence.DatabaseTime;
import nova.social.engagement.EngagementService;
import nova.social.relationship.RelationshipService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * social's step in the account deletion saga (consumer group {@code nova.social.saga} on {@code nova.events}): the
 * member's likes and shares go with each post's counters, every tie either way goes (follows as
 * {@code social.follow.removed}), and their feed and their entries in everyone else's feed are removed, as
 * {@code user.deleted} does ({@link EngagementService#forget}, {@link RelationshipService#forget}). Asked again,
 * nothing is left to remove.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    @Inject
    RelationshipService relationships;

    @Inject
    EngagementService engagement;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        engagement.forget(userId);
        relationships.forget(userId, DatabaseTime.now());
    }
}

package nova.platform.events;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.events.SagaStepCompleted;
import nova.contracts.events.SagaStepRequested;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One context's part in the events context's sagas (consumer {@code saga}, group {@code nova.<context>.saga} on
 * {@code nova.events}): a {@code events.saga.step_requested} naming this context is done in the inbox's transaction
 * and answered, in the same transaction, with {@code <context>.member.erased|hidden|restored} through the outbox.
 * Requests for other contexts pass without effect. A request asked again (a retry, a redelivery) is done again,
 * which the subclass's work must allow (each is idempotent), and answered again: the saga counts only the first.
 * An erasure also remembers the member ({@link ErasedMembers}), so no later event brings them back.
 * <p>
 * A subclass does the work, and names its channel once:
 * <pre>
 * &#64;Incoming("saga")
 * public CompletionStage&lt;Void&gt; consume(Message&lt;byte[]&gt; message) {
 *     return receive(message);
 * }
 * </pre>
 * A context without a part in the ban saga keeps {@link #hide} and {@link #restore} as they are: the saga never
 * asks them of it, and a request that does anyway ends as a dead letter.
 */
public abstract class SagaStep extends Subscriber {

    private static final Logger LOG = Logger.getLogger(SagaStep.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "nova.context")
    String context;

    protected SagaStep() {
        super("saga", "nova.events", Set.of(SagaStepRequested.TYPE));
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws Exception {
        SagaStepRequested request = received.data(SagaStepRequested.class);
        if (!context.equals(request.step())) {
            return;
        }
        switch (request.action()) {
            case ERASE -> {
                erase(request.userId(), request.username(), transaction);
                ErasedMembers.remember(transaction, request.userId());
            }
            case HIDE -> hide(request.userId(), transaction);
            case RESTORE -> restore(request.userId(), transaction);
        }
        outbox.publish(new SagaStepCompleted(request.sagaId(), context, request.action(), request.userId(),
                request.attempt(), DatabaseTime.now()));
        LOG.log(Level.INFO, "Saga {0}: {1} {2} member {3} (attempt {4})", new Object[] {request.sagaId(), context,
                request.action().done(), request.userId(), request.attempt()});
    }

    /** Deletes or anonymises everything this context holds of {@code userId}, in {@code transaction}'s JTA transaction. */
    protected abstract void erase(UUID userId, String username, Connection transaction) throws Exception;

    /** Hides what the banned member made here, or ends their access. */
    protected void hide(UUID userId, Connection transaction) throws Exception {
        throw new UnsupportedOperationException(context + " has no part in the ban saga");
    }

    /** Shows again what {@link #hide} hid. */
    protected void restore(UUID userId, Connection transaction) throws Exception {
        throw new UnsupportedOperationException(context + " has no part in the ban saga");
    }

}

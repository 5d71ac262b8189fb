package nova.content.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A member's standing decides whether their content is shown ({@code nova.user}, consumer group
 * {@code nova.content.standing}): {@code user.banned} hides every post, article and comment of theirs
 * ({@code author_suspended}), {@code user.unbanned} shows them again (what a moderator hid stays hidden),
 * {@code user.deleted} hides them for good: the deletion is recorded ({@link DeletedAuthor}), and a
 * {@code user.unbanned} arriving after it changes nothing. Each event's effect commits with its inbox row, so a
 * redelivery changes nothing.
 */
@ApplicationScoped
public class AuthorStanding extends Subscriber {

    private static final Logger LOG = Logger.getLogger(AuthorStanding.class.getName());

    @Inject
    ModeratedItems items;

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    public AuthorStanding() {
        super("standing", "nova.user", Set.of(UserBanned.TYPE, UserUnbanned.TYPE, UserDeleted.TYPE));
    }

    @Incoming("standing")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case UserBanned.TYPE -> apply(received.data(UserBanned.class).userId(), true);
            case UserUnbanned.TYPE -> unban(received.data(UserUnbanned.class).userId());
            case UserDeleted.TYPE -> {
                UserDeleted deleted = received.data(UserDeleted.class);
                if (entityManager.find(DeletedAuthor.class, deleted.userId()) == null) {
                    entityManager.persist(new DeletedAuthor(deleted.userId(), deleted.deletedAt()));
                }
                apply(deleted.userId(), true);
            }
            default -> {
                // not wanted: Subscriber passes it over
            }
        }
    }

    /** Shows an unbanned author's items again, unless the account is deleted: a deletion is final. */
    private void unban(UUID authorId) {
        if (entityManager.find(DeletedAuthor.class, authorId) != null) {
            LOG.log(Level.FINE, "Author {0} is deleted: an unban shows nothing again", authorId);
            return;
        }
        apply(authorId, false);
    }

    private void apply(UUID authorId, boolean suspended) {
        int changed = items.suspendAuthor(authorId, suspended);
        LOG.log(Level.FINE, "Author {0}: {1} items {2}", new Object[] {authorId, changed, suspended ? "hidden" : "shown"});
    }
}

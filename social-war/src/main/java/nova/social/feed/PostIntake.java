package nova.social.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDeleted;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Posts from the content context ({@code nova.content}, consumer group {@code nova.social.posts}):
 * {@code content.post.created} is fanned out, {@code content.post.deleted} leaves every feed. Through the platform's
 * inbox, so a redelivered event has no second effect (and the fan-out's own statement adds no row twice either).
 */
@ApplicationScoped
public class PostIntake extends Subscriber {

    @Inject
    Fanout fanout;

    public PostIntake() {
        super("posts", "nova.content", Set.of(PostCreated.TYPE, PostDeleted.TYPE));
    }

    @Incoming("posts")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA and the fan-out's statements write on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        if (PostCreated.TYPE.equals(received.type())) {
            fanout.postCreated(received.data(PostCreated.class));
        } else {
            fanout.postDeleted(received.data(PostDeleted.class));
        }
    }
}

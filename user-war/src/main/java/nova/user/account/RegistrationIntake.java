package nova.user.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.UserRegistered;
import nova.platform.events.CloudEvent;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Gives every account registered with identity its user, profile, default settings and the role {@code user}
 * here ({@link AccountOpening}, which publishes {@code user.profile.created}), and records when its owner proved
 * their email address (consumer group {@code nova.user.accounts} on {@code nova.identity}). One consumer for both,
 * so an account's proof is never applied before its registration: identity keys both by the user id, and one
 * partition is read in order. Other identity events are not this consumer's business and pass without effect.
 * <p>
 * Both write through JPA, which joins the inbox's transaction: the rows, their events and the inbox entry commit
 * together, and a redelivery has no second effect. Registration is idempotent by itself as well (an account
 * already here is left as it is); only the first proof of an account is published.
 */
@ApplicationScoped
public class RegistrationIntake extends Subscriber {

    static final Set<String> TYPES = Set.of(UserRegistered.TYPE, EmailVerified.TYPE);

    @Inject
    AccountOpening opening;

    @Inject
    AccountService accounts;

    public RegistrationIntake() {
        super("accounts", "nova.identity", TYPES);
    }

    @Incoming("accounts")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        CloudEvent event = received.event();
        if (UserRegistered.TYPE.equals(event.type())) {
            opening.open(NewAccount.registered(received.data(UserRegistered.class)));
        } else if (EmailVerified.TYPE.equals(event.type())) {
            EmailVerified verified = received.data(EmailVerified.class);
            accounts.verify(verified.userId(), verified.verifiedAt());
        }
    }
}

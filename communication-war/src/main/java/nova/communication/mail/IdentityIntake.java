package nova.communication.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.communication.member.Member;
import nova.communication.member.Members;
import nova.contracts.identity.EmailVerificationRequested;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.PasswordChanged;
import nova.contracts.identity.PasswordResetRequested;
import nova.contracts.identity.UserRegistered;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Identity's events that make mail (consumer group {@code nova.communication.identity} on {@code nova.identity}):
 * a registration records the member's name and address and queues the welcome; a verification or reset request
 * queues its mail with the token's link to the address the event names; a password change queues the security
 * notice; a proof of address records the address now proved. The mails are queued in the inbox's transaction, so a
 * redelivered event queues nothing twice. The token reaches the mail's body and nothing else (no log line, no row
 * once the mail is out).
 */
@ApplicationScoped
public class IdentityIntake extends Subscriber {

    static final Set<String> TYPES = Set.of(UserRegistered.TYPE, EmailVerificationRequested.TYPE,
            PasswordResetRequested.TYPE, PasswordChanged.TYPE, EmailVerified.TYPE);

    @Inject
    Members members;

    @Inject
    MailQueue queue;

    @Inject
    MailTemplates templates;

    @Inject
    nova.communication.push.SmsNumbers smsNumbers;

    public IdentityIntake() {
        super("identity", "nova.identity", TYPES);
    }

    @Incoming("identity")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    /** The {@code transaction} connection is not used: JPA writes on the same transaction. */
    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case UserRegistered.TYPE -> {
                UserRegistered registered = received.data(UserRegistered.class);
                members.registered(registered.userId(), registered.username(), registered.email());
                queue.enqueue(registered.userId(), registered.email(), templates.welcome(registered.username()));
            }
            case EmailVerificationRequested.TYPE -> {
                EmailVerificationRequested requested = received.data(EmailVerificationRequested.class);
                queue.enqueue(requested.userId(), requested.email(),
                        templates.verification(requested.username(), requested.token(), requested.expiresAt()));
            }
            case PasswordResetRequested.TYPE -> {
                PasswordResetRequested requested = received.data(PasswordResetRequested.class);
                queue.enqueue(requested.userId(), requested.email(),
                        templates.reset(requested.username(), requested.token(), requested.expiresAt()));
            }
            case PasswordChanged.TYPE -> {
                PasswordChanged changed = received.data(PasswordChanged.class);
                Optional<Member> member = members.find(changed.userId());
                member.filter(m -> m.email() != null).ifPresent(m -> queue.enqueue(m.userId(), m.email(),
                        templates.passwordChanged(m.username() == null ? "" : m.username(), changed.changedAt())));
                if (member.isEmpty() || !member.get().isDeleted()) { // and by SMS, when the member gave a number
                    smsNumbers.passwordChanged(changed.userId(), templates.resetLink());
                }
            }
            case EmailVerified.TYPE -> {
                EmailVerified verified = received.data(EmailVerified.class);
                members.proved(verified.userId(), verified.email());
            }
            default -> {
                // not this consumer's type (Subscriber passes only TYPES)
            }
        }
    }
}

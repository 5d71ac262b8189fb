package nova.communication.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserDeleted;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The user context's events about members (consumer group {@code nova.communication.members} on {@code nova.user}):
 * names and locale, message policy, notification and email switches, deletion. Applied in the inbox's transaction.
 */
@ApplicationScoped
public class MemberIntake extends Subscriber {

    static final Set<String> TYPES = Set.of(ProfileCreated.TYPE, ProfileUpdated.TYPE, SettingsUpdated.TYPE,
            UserDeleted.TYPE);

    @Inject
    Members members;

    public MemberIntake() {
        super("members", "nova.user", TYPES);
    }

    @Incoming("members")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case ProfileCreated.TYPE -> members.profileCreated(received.data(ProfileCreated.class));
            case ProfileUpdated.TYPE -> members.profileUpdated(received.data(ProfileUpdated.class));
            case SettingsUpdated.TYPE -> members.settingsUpdated(received.data(SettingsUpdated.class));
            case UserDeleted.TYPE -> members.deleted(received.data(UserDeleted.class).userId());
            default -> {
            }
        }
    }
}

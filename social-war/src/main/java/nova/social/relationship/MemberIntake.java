package nova.social.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserDeleted;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import nova.platform.persistence.DatabaseTime;
import nova.social.engagement.EngagementService;
import nova.social.member.Members;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Members from the user context ({@code nova.user}, consumer group {@code nova.social.members}): a new profile makes
 * the member known (followable), {@code user.settings.updated} says whether follows need approval, and
 * {@code user.deleted} takes away their relationships, likes, shares and feed rows. Through the platform's inbox.
 */
@ApplicationScoped
public class MemberIntake extends Subscriber {

    @Inject
    Members members;

    @Inject
    RelationshipService relationships;

    @Inject
    EngagementService engagement;

    public MemberIntake() {
        super("members", "nova.user", Set.of(ProfileCreated.TYPE, SettingsUpdated.TYPE, UserDeleted.TYPE));
    }

    @Incoming("members")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case ProfileCreated.TYPE -> {
                ProfileCreated created = received.data(ProfileCreated.class);
                members.ensure(created.userId(), DatabaseTime.of(created.createdAt()));
            }
            case SettingsUpdated.TYPE -> {
                SettingsUpdated updated = received.data(SettingsUpdated.class);
                members.ensure(updated.userId(), DatabaseTime.now());
                if (!updated.locked()) {
                    relationships.lockWithRequesters(updated.userId()); // in id order, before approving any of them
                }
                members.lock(updated.userId()).filter(m -> !m.isDeleted()).ifPresent(member -> {
                    boolean wasLocked = member.isLocked();
                    member.lock(updated.locked());
                    if (wasLocked && !updated.locked()) {
                        relationships.approveAll(updated.userId(), DatabaseTime.now()); // unlocked: who asked now follows
                    }
                });
            }
            case UserDeleted.TYPE -> {
                UserDeleted deleted = received.data(UserDeleted.class);
                engagement.forget(deleted.userId());
                relationships.forget(deleted.userId(), DatabaseTime.now());
            }
            default -> {
                // not wanted (Subscriber passes only the types above)
            }
        }
    }

}

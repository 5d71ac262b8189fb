package nova.social.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nova.social.member.Members;

/**
 * Before a follow, block or mute of a member social has not heard of (outside any transaction): asks the user
 * context whether they exist and, if so, makes them known (unlocked until {@code user.settings.updated} says
 * otherwise). 404 when the user context does not know them either, 503 {@code unavailable} when it cannot say.
 */
@ApplicationScoped
public class MemberCheck {

    @Inject
    Members members;

    @Inject
    UserClient users;

    public void known(Caller caller, UUID userId) {
        if (members.find(userId).isPresent() || caller.id().equals(userId)) {
            return;
        }
        boolean exists;
        try {
            exists = users.exists(caller.authorization(), userId);
        } catch (RuntimeException e) {
            throw Refusals.unavailable("user");
        }
        if (!exists) {
            throw Refusals.notFound("There is no user " + userId + ".");
        }
        members.learn(userId);
    }
}

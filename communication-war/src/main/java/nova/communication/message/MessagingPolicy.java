package nova.communication.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nova.communication.infra.Refusals;
import nova.communication.member.Member;
import nova.communication.member.Members;
import nova.communication.member.SocialGraph;

/**
 * Whether a member may write to another: the recipient must be known here and not deleted, neither may block the
 * other (both: 404, as if the recipient did not exist, so a block is not revealed), and the recipient's message policy
 * must let the sender in (403 {@code messaging-not-allowed}).
 */
@ApplicationScoped
public class MessagingPolicy {

    @Inject
    Members members;

    @Inject
    SocialGraph graph;

    /** @throws nova.platform.problem.Rejection 404 or 403 as above */
    public void check(UUID sender, UUID recipient) {
        Optional<Member> member = members.find(recipient);
        if (member.isEmpty() || member.get().isDeleted() || graph.blockedEitherWay(sender, recipient)) {
            throw Refusals.notFound("There is no user " + recipient + ".");
        }
        if (!graph.policyAllows(member.get().messagePolicy(), sender, recipient)) {
            throw Refusals.messagingNotAllowed("User " + recipient + " does not take messages from you.");
        }
    }
}

package nova.gateway.social;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How you and another user stand: whether you follow them (or asked to), they follow you, you block or mute them")
public class Relationship {

    private final nova.contracts.social.Relationship relationship;

    Relationship(nova.contracts.social.Relationship relationship) {
        this.relationship = relationship;
    }

    @Id
    @NonNull
    @Description("The other user")
    public String getUserId() {
        return relationship.userId().toString();
    }

    @NonNull
    @Description("You follow them")
    public boolean isFollowing() {
        return relationship.following();
    }

    @NonNull
    @Description("You asked to follow them (a locked account) and they have not answered yet")
    public boolean isRequested() {
        return relationship.requested();
    }

    @NonNull
    @Description("They follow you")
    public boolean isFollowedBy() {
        return relationship.followedBy();
    }

    @NonNull
    @Description("You block them")
    public boolean isBlocking() {
        return relationship.blocking();
    }

    @NonNull
    @Description("You mute them (their posts stay out of your feed)")
    public boolean isMuting() {
        return relationship.muting();
    }
}

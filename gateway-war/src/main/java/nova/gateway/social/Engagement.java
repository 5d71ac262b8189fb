package nova.gateway.social;

import nova.contracts.social.PostEngagement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A post's likes and shares as they stand after your change")
public class Engagement {

    private final PostEngagement engagement;

    Engagement(PostEngagement engagement) {
        this.engagement = engagement;
    }

    @Id
    @NonNull
    public String getPostId() {
        return engagement.postId().toString();
    }

    @NonNull
    public int getLikeCount() {
        return Counts.of(engagement.likes());
    }

    @NonNull
    public int getShareCount() {
        return Counts.of(engagement.shares());
    }

    @NonNull
    public boolean isLikedByMe() {
        return engagement.likedByMe();
    }

    @NonNull
    public boolean isSharedByMe() {
        return engagement.sharedByMe();
    }
}

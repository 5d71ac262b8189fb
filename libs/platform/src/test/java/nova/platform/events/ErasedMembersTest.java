package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ErasedMembersTest {

    @Test
    void anEventNamesItsSubjectAndEveryIdInItsPayload() {
        UUID post = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        UUID liker = UUID.randomUUID();
        CloudEvent event = CloudEvent.of("social", "social.like.created", post.toString(), Json.createObjectBuilder()
                .add("postId", post.toString()).add("authorId", author.toString()).add("userId", liker.toString())
                .add("text", "not-an-id").add("count", 3).add("nested", Json.createObjectBuilder().add("x", UUID.randomUUID().toString()))
                .build());
        assertEquals(Set.of(post, author, liker), ErasedMembers.idsIn(event));
    }

    @Test
    void aSubjectThatIsNoIdNamesNobody() {
        CloudEvent event = CloudEvent.of("media", "media.processed", "sha256-abc", Json.createObjectBuilder()
                .add("key", "012345678-0123-0123-0123-012345678901").build());
        assertEquals(Set.of(), ErasedMembers.idsIn(event));
    }

    @Test
    void onlyEventsThatTakeSomethingAwayPassForAnErasedMember() {
        org.junit.jupiter.api.Assertions.assertTrue(ErasedMembers.takesAway("social.follow.removed"));
        org.junit.jupiter.api.Assertions.assertTrue(ErasedMembers.takesAway("content.post.deleted"));
        org.junit.jupiter.api.Assertions.assertTrue(ErasedMembers.takesAway("identity.session.revoked"));
        org.junit.jupiter.api.Assertions.assertFalse(ErasedMembers.takesAway("social.follow.created"));
        org.junit.jupiter.api.Assertions.assertFalse(ErasedMembers.takesAway("user.profile.updated"));
    }
}

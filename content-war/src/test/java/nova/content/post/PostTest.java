package nova.content.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.contracts.content.PostUpdated;
import org.junit.jupiter.api.Test;

class PostTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    final UUID author = UUID.randomUUID();
    final UUID mentioned = UUID.randomUUID();
    final UUID stranger = UUID.randomUUID();

    Post post(String visibility, String text) {
        return Post.write(UUID.randomUUID(), author, visibility,
                PostContent.of(new PostDraft(text, visibility, null, null, null, null, null, null), 500),
                List.of(mentioned), null, null, NOW);
    }

    @Test
    void publicAndUnlistedPostsAreEveryonesFollowersPostsTheAuthorsAndFollowersDirectPostsTheMentioneds() {
        assertTrue(post("public", "hi").readableBy(stranger, false));
        assertTrue(post("unlisted", "hi").readableBy(stranger, false));
        Post followers = post("followers", "hi");
        assertFalse(followers.readableBy(stranger, false));
        assertTrue(followers.readableBy(stranger, true));
        assertTrue(followers.readableBy(author, false));
        Post direct = post("direct", "hi @someone");
        assertFalse(direct.readableBy(stranger, true));
        assertTrue(direct.readableBy(mentioned, false));
        assertTrue(direct.readableBy(author, false));
    }

    @Test
    void aHiddenPostIsReadByNobodyItsAuthorIncludedAndShownAsATombstone() {
        Post post = post("public", "rude words #tag");
        assertEquals("hidden", post.moderate("hide", "harassment"));

        assertFalse(post.readableBy(author, false));
        nova.contracts.content.Post tombstone = post.view();
        assertEquals("hidden", tombstone.state());
        assertEquals("", tombstone.text());
        assertTrue(tombstone.hashtags().isEmpty());
        assertEquals(author, tombstone.authorId());
    }

    @Test
    void aRestoredPostIsShownAgainARemovedOneNeverIs() {
        Post post = post("public", "hi");
        post.moderate("hide", "by mistake");
        assertEquals("visible", post.moderate("restore", "appeal granted"));
        assertEquals("visible", post.view().state());
        assertTrue(post.readableBy(stranger, false));
        assertEquals("removed", post.moderate("remove", "illegal"));
        assertEquals("removed", post.view().state());
        assertEquals(409, org.junit.jupiter.api.Assertions.assertThrows(nova.platform.problem.Rejection.class,
                () -> post.moderate("restore", "please")).problem().status());
        assertEquals("removed", post.view().state(), "a refused action changes nothing");
    }

    @Test
    void aReplyJoinsItsParentsConversationAndCountsOnIt() {
        Post parent = post("public", "root");
        Post reply = Post.write(UUID.randomUUID(), stranger, null,
                PostContent.of(PostContentTest.text("answer"), 500), List.of(), parent, null, NOW.plusSeconds(1));

        PostCreated created = reply.created();
        assertEquals(parent.id(), created.replyToId());
        assertEquals(author, created.replyToAuthorId());
        assertEquals(parent.id(), reply.view().conversationRootId());
        assertEquals("public", created.visibility());
        assertEquals(1, parent.view().replyCount());
    }

    @Test
    void anEditThatChangesSomethingIsANewVersionAndOneThatDoesNotIsNothing() {
        Post post = post("public", "first");
        PostContent same = PostContent.edited(post.content(), new PostEdit("first", null, null, null, null), 500);
        assertTrue(post.edit(same, List.of(mentioned), NOW.plusSeconds(5)).isEmpty());

        PostContent changed = PostContent.edited(post.content(), new PostEdit("second #new", null, null, null, null), 500);
        PostUpdated updated = post.edit(changed, List.of(), NOW.plusSeconds(9)).orElseThrow();
        assertEquals(2, updated.version());
        assertEquals(List.of("new"), updated.hashtags());
        assertEquals(NOW.plusSeconds(9), post.view().editedAt());
        assertEquals(2, post.currentVersion().view().version());
    }

    @Test
    void aDeletedPostKeepsItsPlaceButNothingItSaid() {
        Post post = post("public", "secret #tag");
        post.delete(NOW.plusSeconds(3));
        nova.contracts.content.Post tombstone = post.view();
        assertEquals("deleted", tombstone.state());
        assertEquals("", tombstone.text());
        assertFalse(post.readableBy(author, false));
        assertTrue(post.audienceIncludes(stranger, false));
    }

    @Test
    void onlyWhatEveryoneMaySeeIsQuotable() {
        assertTrue(post("public", "a").quotable());
        assertFalse(post("followers", "a").quotable());
        assertFalse(post("direct", "a").quotable());
    }
}

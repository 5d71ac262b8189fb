package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.gateway.content.ContentClient;
import nova.gateway.content.Post;
import nova.gateway.content.PostConnection;
import org.junit.jupiter.api.Test;

/**
 * A 20-post feed with every social field of every post costs three downstream calls, not one per post: the feed page
 * (social), the posts (content, {@code /posts?ids=}), the engagement of all of them (social, once for the four fields).
 */
class FeedTest {

    private final FakeSocial social = new FakeSocial();
    private final List<List<UUID>> contentCalls = new ArrayList<>();
    private final List<UUID> hidden = new ArrayList<>();

    private final ContentClient content = new ContentClient() {
        @Override
        public List<nova.contracts.content.Post> posts(String authorization, Collection<UUID> ids) {
            contentCalls.add(List.copyOf(ids));
            // content answers the visible ones; the gateway must keep the feed's order
            return ids.stream().filter(id -> !hidden.contains(id)).sorted().map(FeedTest::post).toList();
        }
    };

    private static nova.contracts.content.Post post(UUID id) {
        return new nova.contracts.content.Post(id, UUID.randomUUID(), "hello", "public", null, false, "en", List.of(),
                List.of(), List.of(), null, null, id, 0, "visible", Instant.parse("2026-12-06T12:00:00Z"), null);
    }

    private final SocialBatch batch = batch();

    private SocialBatch batch() {
        SocialBatch batch = new SocialBatch();
        batch.social = social;
        batch.caller = FakeSocial.caller("Bearer t");
        return batch;
    }

    private FeedQuery feed() {
        FeedQuery feed = new FeedQuery();
        feed.social = social;
        feed.content = content;
        feed.caller = FakeSocial.caller("Bearer t");
        feed.requesters = new nova.gateway.infra.Requesters() {
            @Override
            public nova.gateway.infra.Requester current() {
                return new nova.gateway.infra.Requester("Bearer t", new nova.gateway.infra.ThrownErrors());
            }
        };
        feed.batch = batch;
        return feed;
    }

    private PostSocialFields fields() {
        PostSocialFields fields = new PostSocialFields();
        fields.batch = batch;
        return fields;
    }

    @Test
    void aTwentyPostFeedWithAllItsEngagementCostsThreeCalls() {
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new FeedItem(UUID.randomUUID(), UUID.randomUUID(), i % 3 == 0 ? UUID.randomUUID() : null,
                    Instant.parse("2026-12-06T12:00:00Z").minusSeconds(i)));
        }
        social.feed = new FeedPage(items, "next");
        hidden.add(items.get(7).postId()); // deleted since it reached the feed

        PostConnection page = feed().feed(20, null);
        List<Post> posts = page.getNodes();
        PostSocialFields fields = fields();
        // as the engine asks: every field of one post, then of the next
        List<Integer> likes = new ArrayList<>();
        List<Integer> shares = new ArrayList<>();
        List<Boolean> liked = new ArrayList<>();
        List<Boolean> shared = new ArrayList<>();
        for (Post post : posts) {
            likes.add(fields.likeCount(post));
            shares.add(fields.shareCount(post));
            liked.add(fields.likedByMe(post));
            shared.add(fields.sharedByMe(post));
        }

        List<UUID> expected = items.stream().map(FeedItem::postId).filter(id -> !hidden.contains(id)).toList();
        assertEquals(expected, posts.stream().map(Post::postId).toList(), "the feed's order, the hidden one left out");
        assertEquals(List.of("feed", "engagement"), social.calls);
        assertEquals(1, contentCalls.size());
        assertEquals(20, contentCalls.get(0).size());
        assertEquals(expected, social.batches.get(0));
        assertEquals((int) FakeSocial.likes(expected.get(5)), likes.get(5));
        assertEquals(2, shares.get(0));
        assertTrue(liked.get(18));
        assertEquals(false, shared.get(18));
        assertEquals("next", page.getPageInfo().getEndCursor());
    }

    @Test
    void aPostOutsideTheFeedCostsOneCallForItsFourFields() {
        Post alone = new Post(post(UUID.randomUUID()), new nova.gateway.infra.Requester("Bearer t", new nova.gateway.infra.ThrownErrors()));
        PostSocialFields fields = fields();

        assertEquals((int) FakeSocial.likes(alone.postId()), fields.likeCount(alone));
        assertEquals(2, fields.shareCount(alone));
        assertTrue(fields.likedByMe(alone));
        assertEquals(false, fields.sharedByMe(alone));

        assertEquals(List.of("engagement"), social.calls);
        assertEquals(List.of(List.of(alone.postId())), social.batches);
    }

    @Test
    void anEmptyFeedCallsOnlySocial() {
        PostConnection page = feed().feed(null, null);

        assertEquals(List.of(), page.getNodes());
        assertEquals(List.of("feed"), social.calls);
        assertEquals(List.of(), contentCalls);
    }
}

package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.gateway.content.ContentClient;
import nova.gateway.content.Post;
import nova.gateway.content.PostConnection;
import nova.contracts.media.Media;
import nova.contracts.user.UserProfile;
import nova.gateway.content.PostFields;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ThrownErrors;
import nova.gateway.media.MediaClient;
import nova.gateway.profile.Profile;
import nova.gateway.profile.UserClient;
import org.junit.jupiter.api.Test;

/**
 * A 20-post feed with every social field of every post costs three downstream calls, not one per post: the feed page
 * (social), the posts (content, {@code /posts?ids=}), the engagement of all of them (social, once for the four fields);
 * with authors, their counts and media, one call more per field type, never one per post.
 */
class FeedTest {

    private final FakeSocial social = new FakeSocial();
    private final List<List<UUID>> contentCalls = new ArrayList<>();
    private final List<UUID> hidden = new ArrayList<>();
    /** At each content call: the social calls and the user/media calls made before it. */
    private final List<List<List<String>>> beforeContent = new ArrayList<>();
    private boolean illustrated;

    private final ContentClient content = new ContentClient() {
        @Override
        public List<nova.contracts.content.Post> posts(String authorization, Collection<UUID> ids) {
            contentCalls.add(List.copyOf(ids));
            beforeContent.add(List.of(List.copyOf(social.calls), List.copyOf(others)));
            // content answers the visible ones; the gateway must keep the feed's order
            return ids.stream().filter(id -> !hidden.contains(id)).sorted().map(illustrated ? FeedTest::illustrated : FeedTest::post).toList();
        }
    };

    private static nova.contracts.content.Post post(UUID id) {
        return new nova.contracts.content.Post(id, UUID.randomUUID(), "hello", "public", null, false, "en", List.of(),
                List.of(), List.of(), null, null, id, 0, "visible", Instant.parse("2026-12-06T12:00:00Z"), null);
    }

    /** Authors write several posts of the feed; every post has two attachments. */
    private static final List<UUID> AUTHORS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /** The author content answers for an illustrated post, and the feed page names (the same, as in the real contexts). */
    private static UUID authorOf(UUID postId) {
        return AUTHORS.get(Math.abs(postId.hashCode() % AUTHORS.size()));
    }

    private static nova.contracts.content.Post illustrated(UUID id) {
        return new nova.contracts.content.Post(id, authorOf(id), "hello", "public", null, false, "en",
                List.of(UUID.randomUUID(), UUID.randomUUID()), List.of(), List.of(), null, null, id, 0, "visible", AT, null);
    }

    /** The request's one Requester, as the request-scoped bean keeps it. */
    private final Requester requester = new Requester("Bearer t", new ThrownErrors());

    private final Requesters requesters = new Requesters() {
        @Override
        public Requester current() {
            return requester;
        }
    };

    private final SocialBatch batch = batch();

    private SocialBatch batch() {
        SocialBatch batch = new SocialBatch();
        batch.social = social;
        batch.caller = FakeSocial.caller("Bearer t");
        batch.requesters = requesters;
        return batch;
    }

    // the user and media contexts, as the content slice's tests play them: every call recorded
    private final List<String> others = new ArrayList<>();

    private final UserClient users = new UserClient() {
        @Override
        public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
            others.add("users");
            return ids.stream().map(id -> new UserProfile(id, "u" + id.toString().substring(0, 4), null, null, "en",
                    null, null, List.of(), false, "active", AT, null)).toList();
        }
    };

    private final MediaClient media = new MediaClient() {
        @Override
        public List<Media> byIds(String authorization, String ids) {
            others.add("media");
            return Arrays.stream(ids.split(",")).map(id -> new Media(UUID.fromString(id), UUID.randomUUID(), "image",
                    "complete", "image/jpeg", "a.jpg", 1, 1, 1, null, null, null, null, "public", List.of(), AT, AT)).toList();
        }
    };

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    private FeedQuery feed() {
        FeedQuery feed = new FeedQuery();
        feed.social = social;
        feed.content = content;
        feed.caller = FakeSocial.caller("Bearer t");
        feed.requesters = requesters;
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
        Post alone = new Post(post(UUID.randomUUID()), requester);
        PostSocialFields fields = fields();

        assertEquals((int) FakeSocial.likes(alone.postId()), fields.likeCount(alone));
        assertEquals(2, fields.shareCount(alone));
        assertTrue(fields.likedByMe(alone));
        assertEquals(false, fields.sharedByMe(alone));

        assertEquals(List.of("engagement"), social.calls);
        assertEquals(List.of(List.of(alone.postId())), social.batches);
    }

    /**
     * The case: a 20-post feed asking, of every post, its author (with the author's counts and relationship),
     * its media, its counts and likedByMe costs at most one call per field type — one feed page and one engagement call
     * (social), one {@code /posts?ids=} (content), one {@code byIds} each to user and media, one counts and one
     * relationships call (social) for all authors — however the engine orders the fields.
     */
    @Test
    void aTwentyPostFeedWithAuthorsMediaCountsAndLikedByMeCostsOneCallPerFieldType() throws Exception {
        twentyPostFeedWithEverything(false);
    }

    /**
     * The same when the feed starts the authors' and engagement calls ahead, side by side with content's (the document asks for
     * those fields): still one call per field type, and the fields find the answers the query fetched.
     */
    @Test
    void fetchingAheadStillCostsOneCallPerFieldType() throws Exception {
        twentyPostFeedWithEverything(true);
        assertEquals(List.of("feed", "engagement"), social.calls.subList(0, 2), "engagement asked by the feed itself");
    }

    private void twentyPostFeedWithEverything(boolean ahead) throws Exception {
        illustrated = true;
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID postId = UUID.randomUUID();
            items.add(new FeedItem(postId, authorOf(postId), null, AT.minusSeconds(i)));
        }
        social.feed = new FeedPage(items, null);
        PostFields links = new PostFields();
        set(links, "users", users);
        set(links, "media", media);
        ProfileSocialFields people = new ProfileSocialFields();
        people.batch = batch;
        PostSocialFields engagement = fields();

        FeedQuery query = feed();
        if (ahead) {
            query.caller = FakeSocial.caller("Bearer t", java.util.Set.of("author", "media", "likeCount", "likedByMe"));
            query.background = new nova.gateway.infra.Background();
            query.links = new nova.gateway.content.PostLinks();
            set(query.links, "users", users);
            set(query.links, "media", media);
            set(query.links, "background", query.background);
        }
        List<Post> posts = query.feed(20, null).getNodes();
        if (ahead) {
            assertEquals(List.of("users"), others, "the authors asked by the feed itself; media by the first media field");
            assertEquals(List.of("feed", "engagement"), social.calls, "engagement asked by the feed itself");
            assertEquals(List.of(List.of("feed", "engagement"), List.of("users")), beforeContent.get(0),
                    "the engagement and authors calls start before content's /posts?ids= (the page names posts and authors)");
        }
        int attachments = 0;
        for (Post post : posts) { // the engine resolves one post's fields, then the next post's
            Profile author = links.author(post);
            assertEquals(post.authorId().toString(), author.getId());
            assertEquals((int) FakeSocial.likes(post.authorId()), people.followerCount(author));
            assertEquals(7, people.followingCount(author));
            people.relationship(author);
            attachments += links.media(post).size();
            assertEquals((int) FakeSocial.likes(post.postId()), engagement.likeCount(post));
            assertEquals(2, engagement.shareCount(post));
            assertTrue(engagement.likedByMe(post));
        }

        assertEquals(20, posts.size());
        assertEquals(40, attachments);
        assertEquals(List.of("feed", "engagement", "counts", "relationships"),
                social.calls.stream().sorted(java.util.Comparator.comparing(List.of("feed", "engagement", "counts", "relationships")::indexOf)).toList());
        assertEquals(1, contentCalls.size(), "one /posts?ids= for the page");
        assertEquals(List.of("users", "media"), others.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(20, batchOf("engagement").size(), "the engagement of all 20 posts at once");
        long authors = posts.stream().map(Post::authorId).distinct().count();
        assertEquals(authors, batchOf("counts").size(), "every author's counts at once");
    }

    /** The ids of the batched call named (the feed call has none). */
    private List<UUID> batchOf(String call) {
        return social.batches.get(social.calls.stream().filter(c -> !c.equals("feed")).toList().indexOf(call));
    }

    private static void set(Object bean, String field, Object value) throws Exception {
        java.lang.reflect.Field f = bean.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(bean, value);
    }

    @Test
    void anEmptyFeedCallsOnlySocial() {
        PostConnection page = feed().feed(null, null);

        assertEquals(List.of(), page.getNodes());
        assertEquals(List.of("feed"), social.calls);
        assertEquals(List.of(), contentCalls);
    }
}

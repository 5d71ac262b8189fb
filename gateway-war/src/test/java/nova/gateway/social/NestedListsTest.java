package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.contracts.content.AuthorPosts;
import nova.contracts.content.PostPage;
import nova.contracts.content.PostReplies;
import nova.contracts.social.Account;
import nova.contracts.social.AccountPage;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.contracts.social.MemberAccounts;
import nova.contracts.user.UserProfile;
import nova.gateway.content.ContentClient;
import nova.gateway.content.Post;
import nova.gateway.content.PostConnection;
import nova.gateway.content.PostFields;
import nova.gateway.content.PostOperations;
import nova.gateway.content.ProfilePostFields;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ThrownErrors;
import nova.gateway.profile.Profile;
import nova.gateway.profile.UserClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's batching of the list fields of every object of a page: the document
 * {@code feed(first: 20) { nodes { author { posts(first: 3) { nodes { id } } followers(first: 3) { nodes { id } }
 * following(first: 3) { nodes { id } } } replies { id } } }} costs one downstream call per field type, not one per
 * post or author — resolved one object at a time, field by field, as the engine does. Aliases of one field with other
 * page sizes are one call per size, each page of its own size; a page asked with {@code after} is its own call; a
 * context down fails each such field with {@code UNAVAILABLE} after one call.
 */
class NestedListsTest {

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");
    private static final List<UUID> AUTHORS = IntStream.range(0, 7).mapToObj(i -> UUID.randomUUID()).toList();

    private final List<String> calls = new ArrayList<>();
    private final List<List<UUID>> batches = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();
    private RuntimeException contentDown;
    private RuntimeException socialDown;
    private final List<UUID> leftOutBySocial = new ArrayList<>();

    private static nova.contracts.content.Post made(UUID id, UUID author, UUID replyTo) {
        return new nova.contracts.content.Post(id, author, "hello", "public", null, false, "en", List.of(), List.of(),
                List.of(), replyTo, null, id, 0, "visible", AT, null);
    }

    /** What content holds: post {@code i} of an author is a UUID made from the author and i. */
    static UUID nth(UUID owner, int i) {
        return new UUID(owner.getMostSignificantBits(), owner.getLeastSignificantBits() + 1 + i);
    }

    private final ContentClient content = new ContentClient() {
        @Override
        public List<nova.contracts.content.Post> posts(String authorization, Collection<UUID> ids) {
            record("posts", ids, null);
            return ids.stream().map(id -> made(id, AUTHORS.get(Math.abs(id.hashCode() % AUTHORS.size())), null)).toList();
        }

        @Override
        public List<AuthorPosts> postsByAuthors(String authorization, Collection<UUID> userIds, Integer limit) {
            record("postsByAuthors", userIds, limit);
            if (contentDown != null) {
                throw contentDown;
            }
            return userIds.stream().map(a -> new AuthorPosts(a, IntStream.range(0, limit)
                    .mapToObj(i -> made(nth(a, i), a, null)).toList(), "c-" + a)).toList();
        }

        @Override
        public PostPage postsByAuthor(String authorization, UUID userId, String after, Integer limit) {
            record("postsByAuthor", List.of(userId), limit);
            return new PostPage(List.of(made(nth(userId, 50), userId, null)), null);
        }

        @Override
        public List<PostReplies> replies(String authorization, Collection<UUID> postIds, Integer limit) {
            record("replies", postIds, limit);
            if (contentDown != null) {
                throw contentDown;
            }
            return postIds.stream().filter(p -> !leftOutByContent.contains(p)).map(p -> {
                PostPage page = replyPage(p, null, limit);
                return new PostReplies(p, page.items(), page.nextCursor() != null, page.nextCursor());
            }).toList();
        }

        @Override
        public PostPage repliesOf(String authorization, UUID postId, String after, Integer limit) {
            record("repliesOf", List.of(postId), limit);
            afters.add(after);
            return replyPage(postId, after, limit);
        }
    };

    /** Every post has {@value #REPLIES} direct replies, reply i made from the post and i; content's cursor is "r" + where the next page starts. */
    private static final int REPLIES = 5;
    private final List<UUID> leftOutByContent = new ArrayList<>();
    private final List<String> afters = new ArrayList<>();

    private static PostPage replyPage(UUID post, String after, Integer limit) {
        int from = after == null ? 0 : Integer.parseInt(after.substring(1));
        int to = Math.min(REPLIES, from + (limit == null ? 20 : limit));
        return new PostPage(IntStream.range(from, to).mapToObj(i -> made(nth(post, i), AUTHORS.get(0), post)).toList(),
                to < REPLIES ? "r" + to : null);
    }

    private void record(String call, Collection<UUID> ids, Integer limit) {
        calls.add(call);
        batches.add(List.copyOf(ids));
        limits.add(limit);
    }

    private final FakeSocial social = new FakeSocial() {
        @Override
        public List<MemberAccounts> followersOf(String authorization, Collection<UUID> userIds, Integer limit) {
            return lists("followersOf", userIds, limit, 100);
        }

        @Override
        public List<MemberAccounts> followingOf(String authorization, Collection<UUID> userIds, Integer limit) {
            return lists("followingOf", userIds, limit, 200);
        }

        @Override
        public AccountPage followers(String authorization, UUID userId, String after, Integer limit) {
            record("followers", List.of(userId), limit);
            return new AccountPage(List.of(new Account(nth(userId, 99), AT)), null);
        }
    };

    /** Each member's page: {@code limit} people made from the member (offset apart per list). */
    private List<MemberAccounts> lists(String call, Collection<UUID> userIds, Integer limit, int offset) {
        record(call, userIds, limit);
        if (socialDown != null) {
            throw socialDown;
        }
        return userIds.stream().filter(u -> !leftOutBySocial.contains(u)).map(u -> new MemberAccounts(u,
                IntStream.range(0, limit).mapToObj(i -> new Account(nth(u, offset + i), AT)).toList(), "n-" + u)).toList();
    }

    private final UserClient users = new UserClient() {
        @Override
        public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
            record("users", ids, null);
            return ids.stream().map(id -> new UserProfile(id, "u" + id.toString().substring(0, 6), null, null, "en",
                    null, null, List.of(), false, "active", AT, null)).toList();
        }
    };

    private final Requester requester = new Requester("Bearer t", new ThrownErrors());
    private final Requesters requesters = new Requesters() {
        @Override
        public Requester current() {
            return requester;
        }
    };

    private final SocialBatch batch = new SocialBatch();
    private final ProfilePostFields profilePosts = new ProfilePostFields();
    private final ProfileListFields lists = new ProfileListFields();
    private final PostFields links = new PostFields();

    NestedListsTest() throws Exception {
        batch.social = social;
        batch.caller = FakeSocial.caller("Bearer t");
        batch.requesters = requesters;
        PostOperations operations = new PostOperations();
        set(operations, "content", content);
        set(operations, "requesters", requesters);
        set(profilePosts, "posts", operations);
        set(profilePosts, "content", content);
        set(profilePosts, "requesters", requesters);
        People people = new People();
        people.users = users;
        people.batch = batch;
        RelationshipOperations relationships = new RelationshipOperations();
        relationships.caller = FakeSocial.caller("Bearer t");
        relationships.social = social;
        relationships.people = people;
        lists.relationships = relationships;
        lists.social = social;
        lists.users = users;
        lists.caller = FakeSocial.caller("Bearer t");
        lists.requesters = requesters;
        lists.batch = batch;
        set(links, "users", users);
        set(links, "content", content);
    }

    private static void set(Object bean, String field, Object value) throws Exception {
        java.lang.reflect.Field f = bean.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(bean, value);
    }

    private List<Post> feedOfTwenty() {
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new FeedItem(UUID.randomUUID(), UUID.randomUUID(), null, AT.minusSeconds(i)));
        }
        social.feed = new FeedPage(items, null);
        FeedQuery feed = new FeedQuery();
        feed.social = social;
        feed.content = content;
        feed.caller = FakeSocial.caller("Bearer t");
        feed.requesters = requesters;
        feed.batch = batch;
        return feed.feed(20, null).getNodes();
    }

    private static List<String> ids(PostConnection page) {
        return page.getNodes().stream().map(Post::getId).toList();
    }

    private static List<String> ids(ProfileConnection page) {
        return page.getNodes().stream().map(Profile::getId).toList();
    }

    private long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    @Test
    void aTwentyPostFeedWithEachAuthorsPostsFollowersFollowingAndEachPostsRepliesCostsOneCallPerFieldType() {
        List<Post> posts = feedOfTwenty();
        for (Post post : posts) { // one post's fields, then the next post's, as the engine resolves them
            Profile author = links.author(post);
            UUID a = post.authorId();
            assertEquals(List.of(nth(a, 0), nth(a, 1), nth(a, 2)).stream().map(UUID::toString).toList(),
                    ids(profilePosts.posts(author, 3, null)), "the author's own first page");
            assertEquals(List.of(nth(a, 100), nth(a, 101), nth(a, 102)).stream().map(UUID::toString).toList(),
                    ids(lists.followers(author, 3, null)));
            assertEquals(List.of(nth(a, 200), nth(a, 201), nth(a, 202)).stream().map(UUID::toString).toList(),
                    ids(lists.following(author, 3, null)));
            List<Post> replies = links.replies(post);
            assertEquals(IntStream.range(0, REPLIES).mapToObj(i -> nth(post.postId(), i)).toList(),
                    replies.stream().map(Post::postId).toList());
        }

        long authors = posts.stream().map(Post::authorId).distinct().count();
        assertTrue(authors > 1, "several authors");
        assertEquals(Map.of("feed", 1L, "posts", 1L, "postsByAuthors", 1L, "followersOf", 1L, "followingOf", 1L,
                        "replies", 1L, "users", 3L),
                Map.of("feed", social.calls.stream().filter("feed"::equals).count(), "posts", count("posts"), "postsByAuthors", count("postsByAuthors"),
                        "followersOf", count("followersOf"), "followingOf", count("followingOf"),
                        "replies", count("replies"), "users", count("users")),
                "one call per field type (users: the authors, the people of every followers page, of every following "
                        + "page): " + calls);
        assertEquals(authors, batches.get(calls.indexOf("postsByAuthors")).size(), "every author in the one call");
        assertEquals(authors, batches.get(calls.indexOf("followersOf")).size());
        assertTrue(batches.get(calls.indexOf("replies")).containsAll(posts.stream().map(Post::postId).toList()),
                "every post's replies in the one call");
        assertEquals(authors * 3, batches.get(calls.lastIndexOf("users")).size(),
                "the people of every following page in one user call");
        assertEquals(3, limits.get(calls.indexOf("postsByAuthors")));
    }

    @Test
    void aliasesWithOtherPageSizesAreOneCallPerSizeEachPageItsOwnSize() {
        List<Post> posts = feedOfTwenty();
        for (Post post : posts) {
            Profile author = links.author(post);
            assertEquals(1, profilePosts.posts(author, 1, null).getNodes().size());     // a: posts(first: 1)
            assertEquals(5, profilePosts.posts(author, 5, null).getNodes().size());     // b: posts(first: 5)
            assertEquals(20, profilePosts.posts(author, null, null).getNodes().size()); // c: posts
            assertEquals(2, lists.followers(author, 2, null).getNodes().size());
            assertEquals(4, lists.followers(author, 4, null).getNodes().size());
        }
        assertEquals(3, count("postsByAuthors"), calls.toString());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).equals("postsByAuthors")) {
                sizes.add(limits.get(i));
            }
        }
        assertEquals(List.of(1, 5, 20), sizes);
        assertEquals(2, count("followersOf"));
        assertEquals(0, count("postsByAuthor"), "no page asked one profile at a time");
    }

    @Test
    void aPageAskedWithACursorIsItsOwnCallAndAMemberSocialLeavesOutIsAskedAlone() {
        List<Post> posts = feedOfTwenty();
        Profile author = links.author(posts.get(0));
        assertEquals(nth(author.getId(), 50), ids(profilePosts.posts(author, 3, "c-1")));
        assertEquals(List.of("postsByAuthor"), calls.stream().filter(c -> c.startsWith("postsBy")).toList());

        leftOutBySocial.add(posts.get(1).authorId()); // blocked either way: social's single path decides (404 there)
        Profile blocked = links.author(posts.get(1));
        assertEquals(nth(blocked.getId(), 99), ids(lists.followers(blocked, 3, null)));
        assertEquals(1, count("followersOf"));
        assertEquals(List.of(posts.get(1).authorId()), batches.get(calls.indexOf("followers")));
    }

    @Test
    void theProfilesOfAUsersQueryAreAskedTogether() throws Exception {
        nova.gateway.profile.ProfileQuery query = new nova.gateway.profile.ProfileQuery();
        set(query, "caller", FakeSocial.caller("Bearer t"));
        set(query, "users", users);
        set(query, "requesters", requesters);
        List<Profile> profiles = query.users(AUTHORS.stream().map(UUID::toString).toList());
        for (Profile profile : profiles) {
            assertEquals(nth(profile.getId(), 0), ids(profilePosts.posts(profile, 1, null)));
            assertEquals(2, lists.following(profile, 2, null).getNodes().size());
        }
        assertEquals(AUTHORS.size(), profiles.size());
        assertEquals(1, count("postsByAuthors"), calls.toString());
        assertEquals(AUTHORS, batches.get(calls.indexOf("postsByAuthors")));
        assertEquals(1, count("followingOf"));
    }

    private static List<String> nth(String owner, int i) {
        return List.of(nth(UUID.fromString(owner), i).toString());
    }

    private static List<UUID> replyIds(PostConnection page) {
        return page.getNodes().stream().map(Post::postId).toList();
    }

    private static List<UUID> nthOf(UUID post, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> nth(post, i)).toList();
    }

    @Test
    void theFirstPagesOfEveryPostsDirectRepliesAreOneCallPerPageSize() {
        List<Post> posts = feedOfTwenty();
        for (Post post : posts) {
            PostConnection two = links.directReplies(post, 2, null);               // a: directReplies(first: 2)
            assertEquals(nthOf(post.postId(), 0, 2), replyIds(two));
            assertEquals("r2", two.getPageInfo().getEndCursor(), "the batch entry's cursor is the endCursor");
            assertTrue(two.getPageInfo().isHasNextPage());
            assertEquals("r2", two.getEdges().get(1).getCursor(), "the last edge's cursor is content's");
            PostConnection all = links.directReplies(post, null, null);            // b: directReplies
            assertEquals(nthOf(post.postId(), 0, REPLIES), replyIds(all));
            assertEquals(null, all.getPageInfo().getEndCursor());
            assertEquals(false, all.getPageInfo().isHasNextPage());
            assertEquals(REPLIES, all.getEdges().size());
        }
        assertEquals(2, count("replies"), calls.toString());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).equals("replies")) {
                sizes.add(limits.get(i));
                assertTrue(batches.get(i).containsAll(posts.stream().map(Post::postId).toList()), "every post in it");
            }
        }
        assertEquals(List.of(2, 20), sizes, "each page its own size");
        assertEquals(0, count("repliesOf"), "no post asked alone");
    }

    @Test
    void aDirectRepliesPageAfterAnyEdgesCursorIsItsOwnCallAndABadCursorCallsNobody() {
        Post post = feedOfTwenty().get(0);
        PostConnection first = links.directReplies(post, 2, null);
        PostConnection next = links.directReplies(post, 2, first.getPageInfo().getEndCursor());
        assertEquals(nthOf(post.postId(), 2, 4), replyIds(next), "after endCursor: content's own cursor");
        assertEquals("r2", afters.get(0));

        String middle = first.getEdges().get(0).getCursor();                     // a position token of the gateway
        assertTrue(middle.startsWith("~p"), middle);
        PostConnection resumed = links.directReplies(post, 2, middle);
        assertEquals(nthOf(post.postId(), 1, 3), replyIds(resumed), "starts right after the edge");
        assertEquals(null, afters.get(1), "the token's page was the first");
        assertEquals(3, limits.get(calls.lastIndexOf("repliesOf")), "first + position + 1");
        assertEquals("r3", resumed.getPageInfo().getEndCursor());
        // the resumed page's own tokens compose
        assertEquals(nthOf(post.postId(), 2, 4),
                replyIds(links.directReplies(post, 2, resumed.getEdges().get(0).getCursor())));

        int before = calls.size();
        ApiError bad = assertThrows(ApiError.class, () -> links.directReplies(post, 2, "~pnot-ours"));
        assertEquals(ApiError.Code.VALIDATION_FAILED, bad.code());
        assertEquals(ApiError.Code.VALIDATION_FAILED, assertThrows(ApiError.class,
                () -> links.directReplies(post, 0, null)).code());
        assertEquals(ApiError.Code.VALIDATION_FAILED, assertThrows(ApiError.class,
                () -> links.directReplies(post, 101, null)).code());
        assertEquals(before, calls.size(), "nobody called");
    }

    @Test
    void aPostContentLeavesOutOfTheBatchIsAskedAloneAndContentDownIsOneFailedCall() {
        List<Post> posts = feedOfTwenty();
        leftOutByContent.add(posts.get(3).postId());
        assertEquals(nthOf(posts.get(3).postId(), 0, 3), replyIds(links.directReplies(posts.get(3), 3, null)));
        assertEquals(nthOf(posts.get(4).postId(), 0, 3), replyIds(links.directReplies(posts.get(4), 3, null)));
        assertEquals(1, count("replies"));
        assertEquals(List.of(posts.get(3).postId()), batches.get(calls.indexOf("repliesOf")), "the single path");

        contentDown = ApiError.unavailable("content");
        for (Post post : posts) {
            assertSame(contentDown, assertThrows(ApiError.class, () -> links.directReplies(post, 7, null)));
        }
        assertEquals(2, count("replies"), "a context down is not asked again");
    }

    @Test
    void withAContextDownEachListFieldFailsUnavailableAfterOneCall() {
        contentDown = ApiError.unavailable("content");
        socialDown = ApiError.unavailable("social");
        List<Post> posts = feedOfTwenty();
        for (Post post : posts) {
            Profile author = links.author(post);
            assertSame(contentDown, assertThrows(ApiError.class, () -> profilePosts.posts(author, 3, null)));
            assertSame(socialDown, assertThrows(ApiError.class, () -> lists.followers(author, 3, null)));
            assertEquals(ApiError.Code.UNAVAILABLE, assertThrows(ApiError.class, () -> lists.following(author, 3, null)).code());
        }
        assertEquals(1, count("postsByAuthors"), "a context down is not asked again");
        assertEquals(1, count("followersOf"));
        assertEquals(1, count("followingOf"));
    }
}

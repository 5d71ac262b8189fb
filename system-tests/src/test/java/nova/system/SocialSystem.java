package nova.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import nova.contracts.content.ContentApi;
import nova.contracts.content.Post;
import nova.contracts.content.PostDraft;
import nova.contracts.social.FeedItem;
import nova.contracts.social.SocialApi;

/**
 * The social context as the social system tests use it: follows, blocks, mutes, likes, shares and the feed over
 * GraphQL; posts are written at the content context's own REST API (the fixture: what is tested is what social does
 * with them), and the social context's raw feed is read at its REST API where the gateway's hydration would hide what
 * social keeps (a deleted post the gateway leaves out anyway).
 */
final class SocialSystem {

    static final Nova.Server SOCIAL = Backbone.server("social");
    static final Nova.Server CONTENT = Backbone.server("content");
    /** How long an event may take from one context to another's projection on a shared two-core machine. */
    static final Duration PROPAGATION = Duration.ofSeconds(60);

    static final String RELATIONSHIP_FIELDS = "userId following requested followedBy blocking muting";
    static final String FOLLOW = "mutation follow($id: ID!) { follow(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String UNFOLLOW = "mutation unfollow($id: ID!) { unfollow(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String APPROVE = "mutation approve($id: ID!) { approveFollowRequest(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String REJECT = "mutation reject($id: ID!) { rejectFollowRequest(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String BLOCK = "mutation block($id: ID!) { block(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String UNBLOCK = "mutation unblock($id: ID!) { unblock(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String MUTE = "mutation mute($id: ID!) { mute(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String UNMUTE = "mutation unmute($id: ID!) { unmute(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String RELATIONSHIP = "query relationship($id: ID!) { relationship(userId: $id) { " + RELATIONSHIP_FIELDS + " } }";
    static final String PEOPLE = "{ nodes { id username followerCount followingCount } pageInfo { hasNextPage endCursor } }";
    static final String FOLLOWERS = "query followers($id: ID!, $first: Int, $after: String) { followers(userId: $id, first: $first, after: $after) " + PEOPLE + " }";
    static final String FOLLOWING = "query following($id: ID!, $first: Int, $after: String) { following(userId: $id, first: $first, after: $after) " + PEOPLE + " }";
    static final String REQUESTS = "query requests($first: Int, $after: String) { followRequests(first: $first, after: $after) " + PEOPLE + " }";
    static final String PROFILE = "query user($id: ID!) { user(id: $id) { id followerCount followingCount relationship { " + RELATIONSHIP_FIELDS + " } } }";
    static final String ENGAGEMENT_FIELDS = "postId likeCount shareCount likedByMe sharedByMe";
    static final String LIKE = "mutation like($id: ID!) { like(postId: $id) { " + ENGAGEMENT_FIELDS + " } }";
    static final String UNLIKE = "mutation unlike($id: ID!) { unlike(postId: $id) { " + ENGAGEMENT_FIELDS + " } }";
    static final String SHARE = "mutation share($id: ID!) { share(postId: $id) { " + ENGAGEMENT_FIELDS + " } }";
    static final String UNSHARE = "mutation unshare($id: ID!) { unshare(postId: $id) { " + ENGAGEMENT_FIELDS + " } }";
    static final String LIKERS = "query likers($id: ID!, $first: Int, $after: String) { likers(postId: $id, first: $first, after: $after) " + PEOPLE + " }";
    static final String FEED = """
            query feed($first: Int, $after: String) {
              feed(first: $first, after: $after) { nodes { id likeCount shareCount likedByMe sharedByMe }
                pageInfo { hasNextPage endCursor } }
            }""";

    private SocialSystem() {
    }

    // --- GraphQL -------------------------------------------------------------------------------

    static JsonObject relate(Members.Member member, String mutation, Members.Member other) {
        Gql.Result result = member.execute(mutation, Map.of("id", other.id()));
        String field = mutation.substring(mutation.indexOf('{') + 1, mutation.indexOf('(', mutation.indexOf('{'))).strip();
        return result.data(field);
    }

    static JsonObject relationship(Members.Member member, Members.Member other) {
        return member.execute(RELATIONSHIP, Map.of("id", other.id())).data("relationship");
    }

    static JsonObject engage(Members.Member member, String mutation, UUID postId) {
        String field = mutation.substring(mutation.indexOf('{') + 1, mutation.indexOf('(', mutation.indexOf('{'))).strip();
        return member.execute(mutation, Map.of("id", postId.toString())).data(field);
    }

    /** Every id of a list of people (followers, following, requests, likers), following every page. */
    static List<String> people(Members.Member member, String query, String field, String subjectId) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            if (subjectId != null) {
                variables.put("id", subjectId);
            }
            variables.put("first", 2); // small pages: the cursors are used
            if (after != null) {
                variables.put("after", after);
            }
            JsonObject page = member.execute(query, variables).data(field);
            page.getJsonArray("nodes").getValuesAs(JsonObject.class).forEach(p -> ids.add(p.getString("id")));
            JsonObject info = page.getJsonObject("pageInfo");
            after = info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
        } while (after != null);
        return ids;
    }

    /** One page of the caller's feed through the gateway. */
    static JsonObject feedPage(Members.Member member, Integer first, String after) {
        Map<String, Object> variables = new java.util.HashMap<>();
        if (first != null) {
            variables.put("first", first);
        }
        if (after != null) {
            variables.put("after", after);
        }
        return member.execute(FEED, variables).data("feed");
    }

    /** The ids of the first page (up to 100) of the caller's feed through the gateway. */
    static List<String> feedIds(Members.Member member) {
        return ids(feedPage(member, 100, null));
    }

    static List<String> ids(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
    }

    /** Waits until the member's feed (the gateway's first page) satisfies {@code condition}; returns it. */
    static List<String> awaitFeed(Members.Member member, Predicate<List<String>> condition) {
        AtomicReference<List<String>> feed = new AtomicReference<>();
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(300)).until(() -> {
            feed.set(feedIds(member));
            return condition.test(feed.get());
        });
        return feed.get();
    }

    /** Locks the member's account and waits until social has heard of it (user.settings.updated). */
    static void lock(Members.Member member) {
        member.execute("mutation { updateSettings(input: {locked: true}) { locked } }").data("updateSettings");
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> Backbone.count(Backbone.database(SOCIAL),
                "SELECT count(*) FROM accounts WHERE user_id = ?::uuid AND locked", member.id()) == 1);
    }

    /**
     * A newcomer (registered and logged in through the gateway) whom the social context knows: social learns of members
     * from user.profile.created, and refuses to follow one it has not heard of yet (404).
     */
    static Members.Member newcomer(String tag) throws Exception {
        Members.Member member = Members.newcomer(tag);
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(() -> Backbone.count(Backbone.database(SOCIAL),
                "SELECT count(*) FROM accounts WHERE user_id = ?::uuid", member.id()) == 1);
        return member;
    }

    static boolean isNull(JsonObject object, String field) {
        return object.isNull(field) || object.get(field) == JsonValue.NULL;
    }

    // --- the contexts' own REST APIs -------------------------------------------------------------

    static ContentApi content() {
        return Contexts.client(CONTENT, ContentApi.class);
    }

    static SocialApi social() {
        return Contexts.client(SOCIAL, SocialApi.class);
    }

    static String bearer(Members.Member member) {
        return "Bearer " + member.accessToken();
    }

    /** A post by {@code author}, written at content's API (publishes content.post.created). */
    static Post post(Members.Member author, String text, String visibility) {
        return content().createPost(bearer(author), null, new PostDraft(text, visibility, null, null, null, List.of(), null, null));
    }

    static void delete(Members.Member author, Post post) {
        content().deletePost(bearer(author), post.id());
    }

    /** The post ids of the member's whole feed as social keeps it (not hydrated, so nothing is hidden by content). */
    static List<UUID> rawFeed(Members.Member member) {
        List<UUID> ids = new ArrayList<>();
        String after = null;
        do {
            var page = social().feed(bearer(member), after, 100);
            page.items().stream().map(FeedItem::postId).forEach(ids::add);
            after = page.nextCursor();
        } while (after != null && ids.size() < 1000);
        return ids;
    }
}

package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's batched list fields through the real GraphQL client, against gateway, identity, user, content and social
 * servers: the posts of several authors, asking of each post its direct replies and of each author their posts (two
 * page sizes, as aliases), followers and following, answer exactly what the single-object queries ({@code
 * postsByAuthor}, {@code followers}, {@code following}, {@code thread}) answer the same reader — a locked author's
 * followers-only post to their approved follower and not to a stranger. (The calls these cost are counted by the
 * gateway's {@code NestedListsTest}.)
 */
class NestedListsIT {

    static final String NESTED = """
            query nested($ids: [String!]!) {
              posts(ids: $ids) {
                id
                replies { id }
                author {
                  id
                  posts(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } }
                  one: posts(first: 1) { nodes { id } }
                  followers(first: 3) { nodes { id } }
                  following(first: 3) { nodes { id } }
                }
              }
            }""";

    static List<String> ids(JsonObject connection) {
        return ContentSystem.ids(ContentSystem.nodes(connection));
    }

    @Test
    void theNestedListsOfSeveralAuthorsAnswerWhatTheSingleQueriesAnswer() throws Exception {
        Members.Member ada = SocialSystem.newcomer("nlada");
        Members.Member bob = SocialSystem.newcomer("nlbob");
        Members.Member cy = SocialSystem.newcomer("nlcy");
        Members.Member dan = SocialSystem.newcomer("nldan");
        // the first social write after the servers start may meet a cold server's timeout (UNAVAILABLE): a follow is
        // idempotent, so it is asked again until it answers
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofSeconds(1)).until(() ->
                dan.execute(SocialSystem.FOLLOW, Map.of("id", bob.id())).errors().isEmpty());
        SocialSystem.lock(ada);
        assertTrue(SocialSystem.relate(cy, SocialSystem.FOLLOW, ada).getBoolean("requested"));
        SocialSystem.relate(ada, SocialSystem.APPROVE, cy);
        SocialSystem.relate(cy, SocialSystem.FOLLOW, bob);
        SocialSystem.relate(bob, SocialSystem.FOLLOW, cy);

        String a1 = ContentSystem.post(ada, ContentSystem.postInput("ada in public")).getString("id");
        String a2 = ContentSystem.post(ada, ContentSystem.postInput("ada for followers", "visibility", "FOLLOWERS"))
                .getString("id");
        String b1 = ContentSystem.post(bob, ContentSystem.postInput("bob one")).getString("id");
        String b2 = ContentSystem.post(bob, ContentSystem.postInput("bob two")).getString("id");
        String b3 = ContentSystem.post(bob, ContentSystem.postInput("bob three")).getString("id");
        String c1 = ContentSystem.post(cy, ContentSystem.postInput("cy one")).getString("id");
        String r1 = ContentSystem.post(bob, ContentSystem.postInput("bob answers ada", "replyToId", a1)).getString("id");
        String r2 = ContentSystem.post(cy, ContentSystem.postInput("cy answers bob", "replyToId", b1)).getString("id");
        String r3 = ContentSystem.post(dan, ContentSystem.postInput("dan answers bob too", "replyToId", b1)).getString("id");
        // content hears of cy's follow of ada from social's event: the followers-only post is cy's to see once it has
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofMillis(250))
                .until(() -> ContentSystem.postIdsOf(cy, ada).contains(a2));

        for (Members.Member reader : List.of(cy, dan)) {
            Gql.Result result = reader.execute(NESTED, Map.of("ids", List.of(a1, b1, b2, c1, r2)));
            assertTrue(result.errors().isEmpty(), result.errors().toString());
            List<JsonObject> posts = result.response().getData().getJsonArray("posts").getValuesAs(JsonObject.class);
            assertEquals(List.of(a1, b1, b2, c1, r2), ContentSystem.ids(posts));
            Map<String, JsonObject> authors = new LinkedHashMap<>();
            for (JsonObject post : posts) {
                List<String> direct = ContentSystem.thread(reader, post.getString("id")).data("thread")
                        .getJsonArray("descendants").getValuesAs(JsonObject.class).stream()
                        .filter(d -> post.getString("id").equals(d.getString("replyToId", null)))
                        .map(d -> d.getString("id")).toList();
                assertEquals(direct, ContentSystem.ids(post.getJsonArray("replies").getValuesAs(JsonObject.class)),
                        "replies of " + post.getString("id") + " as the thread shows them");
                authors.put(post.getJsonObject("author").getString("id"), post.getJsonObject("author"));
            }
            assertEquals(List.of(ada.id(), bob.id(), cy.id()), List.copyOf(authors.keySet()));
            for (JsonObject author : authors.values()) {
                String id = author.getString("id");
                JsonObject single = reader.execute(ContentSystem.POSTS_BY_AUTHOR, Map.of("userId", id, "first", 2))
                        .data("postsByAuthor");
                assertEquals(ids(single), ids(author.getJsonObject("posts")), "posts of " + id);
                assertEquals(single.getJsonObject("pageInfo"), author.getJsonObject("posts").getJsonObject("pageInfo"));
                assertEquals(ids(single).subList(0, Math.min(1, ids(single).size())), ids(author.getJsonObject("one")),
                        "the alias with one post per page");
                assertEquals(ids(reader.execute(SocialSystem.FOLLOWERS, Map.of("id", id, "first", 3)).data("followers")),
                        ids(author.getJsonObject("followers")), "followers of " + id);
                assertEquals(ids(reader.execute(SocialSystem.FOLLOWING, Map.of("id", id, "first", 3)).data("following")),
                        ids(author.getJsonObject("following")), "following of " + id);
            }
            JsonObject adasPosts = authors.get(ada.id()).getJsonObject("posts");
            if (reader == cy) {
                assertEquals(List.of(a2, a1), ids(adasPosts), "the approved follower sees the followers-only post");
            } else {
                assertEquals(List.of(a1), ids(adasPosts), "a stranger does not");
            }
            assertEquals(List.of(r1), ContentSystem.ids(posts.get(0).getJsonArray("replies").getValuesAs(JsonObject.class)));
            assertEquals(List.of(r2, r3), ContentSystem.ids(posts.get(1).getJsonArray("replies").getValuesAs(JsonObject.class)));
            JsonObject bobsPosts = authors.get(bob.id()).getJsonObject("posts");
            assertEquals(List.of(r1, b3), ids(bobsPosts), "newest first, replies included");
            assertTrue(bobsPosts.getJsonObject("pageInfo").getBoolean("hasNextPage"));
            assertEquals(List.of(cy.id()), ids(authors.get(ada.id()).getJsonObject("followers")), "the approved request");
            assertEquals(List.of(bob.id()), ids(authors.get(cy.id()).getJsonObject("followers")));
            assertEquals(List.of(bob.id(), ada.id()), ids(authors.get(cy.id()).getJsonObject("following")));
        }
    }
}

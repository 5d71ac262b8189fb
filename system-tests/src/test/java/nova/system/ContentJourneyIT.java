package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.ContentSystem.assertRefused;
import static nova.system.ContentSystem.ids;
import static nova.system.ContentSystem.nodes;
import static nova.system.ContentSystem.post;
import static nova.system.ContentSystem.postInput;
import static nova.system.ContentSystem.read;
import static nova.system.ContentSystem.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 from end to end over GraphQL: a post with a mention, a hashtag and a photo uploaded through the media
 * flow, and its {@code content.post.created} on {@code nova.content}; a reply thread, a quote, an edit and its
 * history, a delete that leaves a tombstone; an article drafted, its Markdown rendered and sanitised, published;
 * comments threaded to the depth cap, one deleted to a tombstone; what followers-only and direct posts show to
 * whom, a follower (followed through social) included; an author's posts paged by cursor; a create retried with its
 * idempotency key making one post.
 */
@MicroShedTest
public class ContentJourneyIT {

    /** MicroShed's consumer of {@code nova.content}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.content-journey", topics = "nova.content", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> contentTopic;

    private static Members.Member ada;
    private static Members.Member bob;
    private static Members.Member cleo;

    @BeforeAll
    static void members() throws Exception {
        ada = Members.newcomer("author");
        bob = Members.newcomer("reader");
        cleo = Members.newcomer("other");
    }

    @Test
    void aPostWithAMentionAHashtagAndAPhotoIsPublishedWithWhatConsumersNeed() throws Exception {
        String photo = ContentSystem.photo(ada, 1);
        try (Backbone.TopicReader topic = new Backbone.TopicReader(contentTopic, "nova.content")) {
            JsonObject created = post(ada, postInput("Hello @" + bob.username() + " and @nobody_" + UUID.randomUUID()
                    .toString().substring(0, 8) + ", this is #Nova at #nova", "mediaIds", List.of(photo),
                    "language", "en"));
            String id = created.getString("id");

            assertEquals(ada.id(), created.getString("authorId"));
            assertEquals(ada.username(), created.getJsonObject("author").getString("username"));
            assertEquals(List.of(bob.id()), strings(created, "mentionIds"), "a known name is resolved, an unknown one stays text");
            assertEquals(List.of("nova"), strings(created, "hashtags"), "normalised and each once");
            assertEquals(List.of(photo), strings(created, "mediaIds"));
            assertEquals(photo, created.getJsonArray("media").getJsonObject(0).getString("id"));
            assertEquals("COMPLETE", created.getJsonArray("media").getJsonObject(0).getString("status"));
            assertEquals("PUBLIC", created.getString("visibility"));
            assertEquals("VISIBLE", created.getString("state"));
            assertEquals(id, created.getString("conversationRootId"));
            assertTrue(created.isNull("editedAt"));

            JsonObject seen = read(bob, id).data("post");
            assertEquals(created.getString("text"), seen.getString("text"));
            assertEquals("IMAGE", seen.getJsonArray("media").getJsonObject(0).getString("kind"));

            CloudEvent event = topic.await("content.post.created", id);
            assertEquals(id, event.data().getString("postId"));
            assertEquals(ada.id(), event.data().getString("authorId"));
            assertEquals(List.of("nova"), strings(event.data(), "hashtags"));
            assertEquals(List.of(bob.id()), strings(event.data(), "mentionIds"));
            assertEquals(List.of(photo), strings(event.data(), "mediaIds"));
            assertEquals("public", event.data().getString("visibility"));
            assertEquals(created.getString("text"), event.data().getString("text"), "the text, for search to index");
        }
    }

    @Test
    void repliesMakeAThreadAQuoteLinksItsPostAnEditKeepsItsHistoryADeleteLeavesATombstone() throws Exception {
        String root = post(ada, postInput("What is the best #coffee?")).getString("id");
        JsonObject reply = post(bob, postInput("Espresso, @" + ada.username(), "replyToId", root));
        String bobsReply = reply.getString("id");
        assertEquals(root, reply.getString("replyToId"));
        assertEquals(root, reply.getString("conversationRootId"));
        String adasAnswer = post(ada, postInput("Agreed", "replyToId", bobsReply)).getString("id");
        String cleosReply = post(cleo, postInput("Tea", "replyToId", root)).getString("id");

        JsonObject thread = ContentSystem.thread(cleo, adasAnswer).data("thread");
        assertEquals(List.of(root, bobsReply), ids(thread.getJsonArray("ancestors").getValuesAs(JsonObject.class)),
                "root first");
        assertEquals(adasAnswer, thread.getJsonObject("post").getString("id"));

        JsonObject whole = ContentSystem.thread(cleo, root).data("thread");
        assertEquals(2, whole.getJsonObject("post").getInt("replyCount"));
        List<String> descendants = ids(whole.getJsonArray("descendants").getValuesAs(JsonObject.class));
        assertEquals(3, descendants.size(), descendants.toString());
        assertTrue(descendants.indexOf(adasAnswer) == descendants.indexOf(bobsReply) + 1,
                "depth first: the answer right after the reply it answers: " + descendants);
        assertTrue(descendants.contains(cleosReply));
        JsonObject replyInThread = read(cleo, adasAnswer).data("post");
        assertEquals(bobsReply, replyInThread.getJsonObject("replyTo").getString("id"));
        assertEquals(bob.username(), replyInThread.getJsonObject("replyTo").getJsonObject("author").getString("username"));

        // a quote links the quoted post
        JsonObject quote = post(cleo, postInput("Read this", "quoteOfId", root));
        JsonObject quoted = read(bob, quote.getString("id")).data("post").getJsonObject("quoteOf");
        assertEquals(root, quoted.getString("id"));
        assertEquals(ada.username(), quoted.getJsonObject("author").getString("username"));

        // an edit keeps the version before it
        JsonObject edited = ada.execute(ContentSystem.EDIT_POST, Map.of("id", root,
                "input", Map.of("text", "What is the best #coffee? (no tea)", "contentWarning", "strong opinions")))
                .data("editPost");
        assertEquals("What is the best #coffee? (no tea)", edited.getString("text"));
        assertEquals("strong opinions", edited.getString("contentWarning"));
        assertFalse(edited.isNull("editedAt"));
        List<JsonObject> history = ada.execute(ContentSystem.EDIT_HISTORY, Map.of("kind", "POST", "id", root))
                .response().getData().getJsonArray("editHistory").getValuesAs(JsonObject.class);
        assertEquals(List.of("What is the best #coffee?", "What is the best #coffee? (no tea)"),
                history.stream().map(v -> v.getString("text")).toList(), "oldest first, the current one last");
        assertEquals(List.of(1, 2), history.stream().map(v -> v.getInt("version")).toList());
        assertEquals(history, bob.execute(ContentSystem.EDIT_HISTORY, Map.of("kind", "POST", "id", root))
                .response().getData().getJsonArray("editHistory").getValuesAs(JsonObject.class), "anyone who may see it");

        // a delete leaves a tombstone in the thread; the answer to it keeps its place
        assertTrue(bob.execute(ContentSystem.DELETE_POST, Map.of("id", bobsReply)).response().getData()
                .getBoolean("deletePost"));
        assertRefused(read(cleo, bobsReply), "NOT_FOUND", "post");
        List<JsonObject> after = ContentSystem.thread(cleo, root).data("thread").getJsonArray("descendants")
                .getValuesAs(JsonObject.class);
        JsonObject tombstone = after.stream().filter(p -> p.getString("id").equals(bobsReply)).findFirst().orElseThrow();
        assertEquals("DELETED", tombstone.getString("state"));
        assertTrue(tombstone.isNull("text") || tombstone.getString("text").isEmpty(), tombstone.toString());
        assertTrue(ids(after).contains(adasAnswer), "the answer to a deleted post stays readable");
        assertRefused(bob.execute(ContentSystem.DELETE_POST, Map.of("id", bobsReply)), "NOT_FOUND", "deletePost");
    }

    @Test
    void anArticleIsDraftedThenPublishedWithItsMarkdownRenderedAndSanitised() throws Exception {
        String cover = ContentSystem.photo(ada, 2);
        String title = "Brewing Notes " + UUID.randomUUID().toString().substring(0, 6);
        String body = """
                # Brewing

                Use *fresh* beans and read [the guide](https://example.org/guide).

                <script>alert('x')</script>

                [click me](javascript:alert(1)) <img src="x" onerror="alert(1)">
                """;
        JsonObject draft = ada.execute(ContentSystem.CREATE_ARTICLE, Map.of("input",
                Map.of("title", title, "body", body, "coverMediaId", cover, "language", "en"))).data("createArticle");
        String id = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(body, draft.getString("body"), "the Markdown kept as written");
        String html = draft.getString("html");
        assertTrue(html.contains("<h1>Brewing</h1>"), html);
        assertTrue(html.contains("<em>fresh</em>"), html);
        assertTrue(html.contains("href=\"https://example.org/guide\""), html);
        assertTrue(html.contains("nofollow") && html.contains("noopener") && html.contains("noreferrer"), html);
        ContentSystem.assertSafeHtml(html);
        assertEquals(cover, draft.getJsonObject("cover").getString("id"));
        assertEquals(ada.username(), draft.getJsonObject("author").getString("username"));

        assertRefused(bob.execute(ContentSystem.ARTICLE, Map.of("id", id)), "NOT_FOUND", "article");
        assertFalse(ids(nodes(bob.execute(ContentSystem.ARTICLES_BY_AUTHOR, Map.of("userId", ada.id()))
                .data("articlesByAuthor"))).contains(id), "a draft is its author's alone");
        assertTrue(ids(nodes(ada.execute(ContentSystem.ARTICLES_BY_AUTHOR, Map.of("userId", ada.id()))
                .data("articlesByAuthor"))).contains(id));

        try (Backbone.TopicReader topic = new Backbone.TopicReader(contentTopic, "nova.content")) {
            JsonObject published = ada.execute(ContentSystem.PUBLISH_ARTICLE, Map.of("id", id)).data("publishArticle");
            assertEquals("PUBLISHED", published.getString("status"));
            assertFalse(published.isNull("publishedAt"));
            String slug = published.getString("slug");
            assertTrue(slug.matches("brewing-notes-[a-z0-9-]+"), slug);

            JsonObject read = bob.execute(ContentSystem.ARTICLE_BY_SLUG, Map.of("slug", slug)).data("articleBySlug");
            assertEquals(id, read.getString("id"));
            assertEquals(html, read.getString("html"));

            CloudEvent event = topic.await("content.article.published", id);
            assertEquals(ada.id(), event.data().getString("authorId"));
            assertEquals(slug, event.data().getString("slug"));
        }

        JsonObject edited = ada.execute(ContentSystem.EDIT_ARTICLE, Map.of("id", id, "input", Map.of("body", "# Brewing\n\nShorter.")))
                .data("editArticle");
        assertEquals("PUBLISHED", edited.getString("status"));
        assertTrue(edited.getString("html").contains("Shorter."));
        List<JsonObject> history = ada.execute(ContentSystem.EDIT_HISTORY, Map.of("kind", "ARTICLE", "id", id))
                .response().getData().getJsonArray("editHistory").getValuesAs(JsonObject.class);
        assertEquals(body, history.get(0).getString("text"));
        assertEquals(title, history.get(0).getString("title"));
        assertEquals("# Brewing\n\nShorter.", history.get(history.size() - 1).getString("text"));
    }

    @Test
    void commentsAreThreadedAndADeletedOneLeavesATombstoneItsRepliesKeepTheirPlace() throws Exception {
        String target = post(ada, postInput("Comment on this")).getString("id");
        JsonObject first = comment(bob, target, null, "First!");
        assertEquals(0, first.getInt("depth"));
        assertEquals(bob.username(), first.getJsonObject("author").getString("username"));
        JsonObject answer = comment(ada, target, first.getString("id"), "Thanks");
        assertEquals(1, answer.getInt("depth"));
        assertEquals(first.getString("id"), answer.getString("parentId"));
        JsonObject second = comment(cleo, target, null, "Second");

        List<JsonObject> comments = comments(cleo, target);
        assertEquals(List.of(first.getString("id"), answer.getString("id"), second.getString("id")), ids(comments),
                "thread order: each comment followed by its replies");

        JsonObject edited = cleo.execute(ContentSystem.EDIT_COMMENT, Map.of("id", second.getString("id"), "text", "Second, edited"))
                .data("editComment");
        assertEquals("Second, edited", edited.getString("text"));
        List<JsonObject> history = cleo.execute(ContentSystem.EDIT_HISTORY, Map.of("kind", "COMMENT", "id", second.getString("id")))
                .response().getData().getJsonArray("editHistory").getValuesAs(JsonObject.class);
        assertEquals(List.of("Second", "Second, edited"), history.stream().map(v -> v.getString("text")).toList());

        assertTrue(bob.execute(ContentSystem.DELETE_COMMENT, Map.of("id", first.getString("id"))).response().getData()
                .getBoolean("deleteComment"));
        List<JsonObject> after = comments(cleo, target);
        assertEquals(ids(comments), ids(after), "the tombstone keeps its place");
        JsonObject tombstone = after.get(0);
        assertEquals("DELETED", tombstone.getString("state"));
        assertTrue(tombstone.isNull("authorId") && tombstone.isNull("author"), tombstone.toString());
        assertTrue(tombstone.isNull("text") || tombstone.getString("text").isEmpty(), tombstone.toString());
        assertEquals("Thanks", after.get(1).getString("text"));
    }

    @Test
    void commentsNestUpToTheDepthCapAndNoDeeper() throws Exception {
        String target = post(ada, postInput("Nest here")).getString("id");
        String parent = null;
        for (int depth = 0; depth < 8; depth++) { // nova.content.comment.max-depth's default: depths 0 to 7
            JsonObject reply = comment(depth % 2 == 0 ? bob : cleo, target, parent, "depth " + depth);
            assertEquals(depth, reply.getInt("depth"));
            parent = reply.getString("id");
        }
        List<String> before = ids(comments(ada, target));
        Gql.Result tooDeep = bob.execute(ContentSystem.ADD_COMMENT, Map.of("input",
                Map.of("targetType", "POST", "targetId", target, "parentId", parent, "text", "depth 8")));
        ContentSystem.assertInvalid(tooDeep, "addComment", "parentId");
        assertEquals(before, ids(comments(ada, target)), "nothing written");
        assertEquals(8, before.size());
    }

    @Test
    void followersOnlyPostsAreHiddenFromNonFollowersAndDirectOnesShownOnlyToTheMentioned() throws Exception {
        String followers = post(ada, postInput("Only for my followers", "visibility", "FOLLOWERS")).getString("id");
        String direct = post(ada, postInput("Psst @" + cleo.username(), "visibility", "DIRECT")).getString("id");
        String unlisted = post(ada, postInput("Quietly", "visibility", "UNLISTED")).getString("id");

        assertEquals("FOLLOWERS", read(ada, followers).data("post").getString("visibility"), "the author sees it");
        assertRefused(read(bob, followers), "NOT_FOUND", "post");
        assertRefused(ContentSystem.thread(bob, followers), "NOT_FOUND", "thread");

        assertEquals(List.of(cleo.id()), strings(read(cleo, direct).data("post"), "mentionIds"));
        assertRefused(read(bob, direct), "NOT_FOUND", "post");
        assertRefused(ContentSystem.thread(bob, direct), "NOT_FOUND", "thread");
        assertEquals(direct, ContentSystem.thread(cleo, direct).data("thread").getJsonObject("post").getString("id"));
        assertTrue(ids(ContentSystem.postsOf(cleo, ada)).contains(direct), "the mentioned see it among the author's posts");

        assertEquals("UNLISTED", read(bob, unlisted).data("post").getString("visibility"));

        List<String> bobSees = ids(ContentSystem.postsOf(bob, ada));
        assertTrue(bobSees.contains(unlisted));
        assertFalse(bobSees.contains(followers) || bobSees.contains(direct), bobSees.toString());
        assertTrue(ids(ContentSystem.postsOf(ada, ada)).containsAll(List.of(followers, direct, unlisted)));
        assertEquals(List.of(unlisted), ids(bob.execute("query posts($ids: [String!]!) { posts(ids: $ids) { id } }",
                Map.of("ids", List.of(followers, direct, unlisted))).response().getData().getJsonArray("posts")
                .getValuesAs(JsonObject.class)), "a batch read leaves out what the reader may not see");
    }

    @Test
    void aFollowerSeesAFollowersOnlyPostOnceContentHasHeardOfTheFollowAndNoLongerOnceUnfollowed() throws Exception {
        Members.Member writer = Members.newcomer("followed");
        Members.Member fan = Members.newcomer("fan");
        String post = post(writer, postInput("For my followers only", "visibility", "FOLLOWERS")).getString("id");
        assertRefused(read(fan, post), "NOT_FOUND", "post");

        // the follow goes through social; content learns of it from social.follow.created (its followers projection)
        assertTrue(SocialSystem.relate(fan, SocialSystem.FOLLOW, writer).getBoolean("following"));
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofMillis(250))
                .until(() -> read(fan, post).code().isEmpty());
        JsonObject seen = read(fan, post).data("post");
        assertEquals("For my followers only", seen.getString("text"));
        assertEquals("FOLLOWERS", seen.getString("visibility"));
        assertEquals(writer.username(), seen.getJsonObject("author").getString("username"));
        assertEquals(post, ContentSystem.thread(fan, post).data("thread").getJsonObject("post").getString("id"));
        assertTrue(ids(ContentSystem.postsOf(fan, writer)).contains(post), "in the author's posts as the follower reads them");
        assertRefused(read(cleo, post), "NOT_FOUND", "post"); // still nobody else's

        // and an unfollow takes it away again
        SocialSystem.relate(fan, SocialSystem.UNFOLLOW, writer);
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofMillis(250))
                .until(() -> read(fan, post).code().equals(java.util.Optional.of("NOT_FOUND")));
        assertFalse(ids(ContentSystem.postsOf(fan, writer)).contains(post));
    }

    @Test
    void anAuthorsPostsArePagedNewestFirstByCursorWithoutGapsOrRepeats() throws Exception {
        Members.Member prolific = Members.newcomer("pages");
        List<String> written = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            written.add(post(prolific, postInput("post number " + n)).getString("id"));
        }
        List<String> paged = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("userId", prolific.id(), "first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            JsonObject connection = bob.execute(ContentSystem.POSTS_BY_AUTHOR, variables).data("postsByAuthor");
            List<String> onPage = ids(nodes(connection));
            assertEquals(page < 2 ? 2 : 1, onPage.size(), "page " + page + ": " + onPage);
            paged.addAll(onPage);
            JsonObject pageInfo = connection.getJsonObject("pageInfo");
            assertEquals(page < 2, pageInfo.getBoolean("hasNextPage"), "page " + page);
            after = page < 2 ? pageInfo.getString("endCursor") : null;
        }
        List<String> newestFirst = new java.util.ArrayList<>(written);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, paged, "newest first, each post once");
        // a post written after the first page was read does not shift the pages that follow it
        JsonObject first = bob.execute(ContentSystem.POSTS_BY_AUTHOR, Map.of("userId", prolific.id(), "first", 2))
                .data("postsByAuthor");
        post(prolific, postInput("a newer one"));
        assertEquals(newestFirst.subList(2, 4), ids(nodes(bob.execute(ContentSystem.POSTS_BY_AUTHOR,
                Map.of("userId", prolific.id(), "first", 2, "after", first.getJsonObject("pageInfo").getString("endCursor")))
                .data("postsByAuthor"))), "keyset: the next page is after the cursor, whatever came since");
    }

    @Test
    void aCreateRetriedWithItsIdempotencyKeyMakesOnePost() throws Exception {
        Members.Member dana = Members.newcomer("retry");
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> input = postInput("Posted once #retry");
        String firstId;
        try (Backbone.TopicReader topic = new Backbone.TopicReader(contentTopic, "nova.content")) {
            JsonObject first = ContentSystem.createPost(dana, input, key).data("createPost");
            firstId = first.getString("id");
            JsonObject again = ContentSystem.createPost(dana, input, key).data("createPost");

            assertEquals(firstId, again.getString("id"));
            assertEquals(first.getString("createdAt"), again.getString("createdAt"));
            assertEquals(List.of(firstId), ids(ContentSystem.postsOf(dana, dana)));
            assertRefused(ContentSystem.createPost(dana, postInput("Something else"), key), "CONFLICT", "createPost");
            assertEquals(1, ContentSystem.postsOf(dana, dana).size(), "a conflicting body writes nothing");

            topic.await("content.post.created", firstId);
            // the relay sends in outbox order: once a later post's event is here, a second one of the first would be too
            String later = post(dana, postInput("a later post")).getString("id");
            topic.await("content.post.created", later);
            assertEquals(1, topic.eventsAbout("content.post.created", firstId).size());
        }
        JsonObject withoutKey = post(dana, input);
        assertNotEquals(firstId, withoutKey.getString("id"), "without a key the same text is a new post");
    }

    private static JsonObject comment(Members.Member member, String postId, String parentId, String text) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("targetType", "POST", "targetId", postId, "text", text));
        if (parentId != null) {
            input.put("parentId", parentId);
        }
        return member.execute(ContentSystem.ADD_COMMENT, Map.of("input", input)).data("addComment");
    }

    private static List<JsonObject> comments(Members.Member member, String postId) {
        return nodes(member.execute(ContentSystem.COMMENTS, Map.of("type", "POST", "id", postId, "first", 100))
                .data("comments"));
    }
}

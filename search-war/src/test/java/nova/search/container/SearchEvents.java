package nova.search.container;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.CloudEvent;
import nova.testsupport.Topics;

/**
 * The events the tests publish on the real topics, as the user, content and social contexts' relays publish them
 * (structured CloudEvents, key = the aggregate id). Content and social payloads follow WAVE-SPEC field by field.
 */
final class SearchEvents {

    private SearchEvents() {
    }

    static void profile(UUID userId, String username, String displayName, boolean discoverable) {
        user(new ProfileCreated(userId, username, displayName, null, discoverable, Map.of(), Instant.now()));
    }

    static void discoverable(UUID userId, boolean discoverable) {
        user(new SettingsUpdated(userId, false, "everyone", discoverable, Map.of(), Map.of(), Instant.now()));
    }

    static void banned(UUID userId, String username) {
        user(new UserBanned(userId, username, "spam", null, UUID.randomUUID(), Instant.now()));
    }

    static void unbanned(UUID userId) {
        user(new UserUnbanned(userId, UUID.randomUUID(), Instant.now()));
    }

    static void deleted(UUID userId, String username) {
        user(new UserDeleted(userId, username, Instant.now()));
    }

    private static void user(nova.contracts.user.UserEvent event) {
        JsonObject data = EventJson.toJson(event);
        Topics.send("nova.user", CloudEvent.of("user", event.type(), data.getString("userId"), data));
    }

    /** {@code content.post.created} of a post with these words, tags and facets. */
    static UUID post(UUID authorId, String visibility, String text, String language, List<String> hashtags,
                     boolean media) {
        UUID postId = UUID.randomUUID();
        post(postId, authorId, visibility, text, language, hashtags, media, null, Instant.now());
        return postId;
    }

    static void post(UUID postId, UUID authorId, String visibility, String text, String language,
                     List<String> hashtags, boolean media, UUID replyToId, Instant createdAt) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("postId", postId.toString())
                .add("authorId", authorId.toString()).add("visibility", visibility).add("text", text)
                .addNull("contentWarning").add("sensitive", false)
                .add("mediaIds", media ? Json.createArrayBuilder().add(UUID.randomUUID().toString()) : Json.createArrayBuilder())
                .add("mentionIds", Json.createArrayBuilder()).add("hashtags", strings(hashtags))
                .addNull("replyToAuthorId").addNull("quoteOfId").addNull("quoteOfAuthorId")
                .add("createdAt", createdAt.toString());
        nullable(data, "language", language);
        nullable(data, "replyToId", replyToId == null ? null : replyToId.toString());
        content("content.post.created", postId, data.build());
    }

    /** {@code content.post.updated}: the whole post as it now is, with {@code visibility}. */
    static void postUpdated(UUID postId, UUID authorId, String visibility, String text) {
        content("content.post.updated", postId, Json.createObjectBuilder().add("postId", postId.toString())
                .add("authorId", authorId.toString()).add("visibility", visibility).add("text", text)
                .addNull("contentWarning").add("sensitive", false).add("language", "en")
                .add("mediaIds", Json.createArrayBuilder()).add("mentionIds", Json.createArrayBuilder())
                .add("hashtags", Json.createArrayBuilder()).addNull("replyToId").addNull("replyToAuthorId")
                .addNull("quoteOfId").addNull("quoteOfAuthorId").add("editedAt", Instant.now().toString())
                .add("version", 2).build());
    }

    static void postDeleted(UUID postId, UUID authorId) {
        content("content.post.deleted", postId, Json.createObjectBuilder().add("postId", postId.toString())
                .add("authorId", authorId.toString()).add("deletedAt", Instant.now().toString()).build());
    }

    static UUID article(UUID authorId, String title, String body, String language) {
        UUID articleId = UUID.randomUUID();
        JsonObjectBuilder data = Json.createObjectBuilder().add("articleId", articleId.toString())
                .add("authorId", authorId.toString()).add("title", title).add("slug", "a-" + articleId)
                .add("body", body).addNull("coverMediaId").add("publishedAt", Instant.now().toString());
        nullable(data, "language", language);
        content("content.article.published", articleId, data.build());
        return articleId;
    }

    static void moderated(String itemType, UUID itemId, UUID authorId, String action) {
        content("content.item.moderated", itemId, Json.createObjectBuilder().add("itemType", itemType)
                .add("itemId", itemId.toString()).add("authorId", authorId.toString()).add("action", action)
                .add("reason", "test").add("moderatorId", UUID.randomUUID().toString()).addNull("reportId")
                .add("at", Instant.now().toString()).build());
    }

    static void liked(UUID postId, UUID postAuthorId, UUID userId) {
        Topics.send("nova.social", CloudEvent.of("social", "social.like.created", postId.toString(),
                Json.createObjectBuilder().add("postId", postId.toString()).add("postAuthorId", postAuthorId.toString())
                        .add("userId", userId.toString()).add("at", Instant.now().toString()).build()));
    }

    static void shared(UUID postId, UUID postAuthorId, UUID userId) {
        Topics.send("nova.social", CloudEvent.of("social", "social.share.created", postId.toString(),
                Json.createObjectBuilder().add("postId", postId.toString()).add("postAuthorId", postAuthorId.toString())
                        .add("userId", userId.toString()).add("at", Instant.now().toString()).build()));
    }

    /** The id of the content event this thread published last (to find its inbox row). */
    static final ThreadLocal<UUID> LAST_CONTENT_EVENT = new ThreadLocal<>();

    private static void content(String type, UUID subject, JsonObject data) {
        CloudEvent event = CloudEvent.of("content", type, subject.toString(), data);
        LAST_CONTENT_EVENT.set(event.id());
        Topics.send("nova.content", event);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void nullable(JsonObjectBuilder data, String field, String value) {
        if (value == null) {
            data.addNull(field);
        } else {
            data.add(field, value);
        }
    }
}

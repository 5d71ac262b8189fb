package nova.search.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileCreated;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.platform.events.CloudEvent;
import nova.search.index.Document;
import nova.search.index.SearchEngine;
import nova.search.trending.Engagement;
import nova.search.trending.TrendingCounters;

/**
 * What each event does to one generation of the projection. The same code serves live consumption, the
 * rebuild's replay and its catch-up, so a rebuilt generation is what live consumption would have made.
 * <p>
 * Only public posts and published articles are indexed (unlisted, followers-only and direct posts never);
 * deletion and a moderator's removal take a document out, a moderator's hide marks it (restore shows it again);
 * a ban, a deleted account and discoverability off hide an author's documents and their own entry at once
 * (one row each: the queries leave out what such authors wrote). User events are read as the user context's
 * records; content and social payloads by field name ({@link Payload}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Projector {

    public static final Set<String> USER_TYPES = Set.of(ProfileCreated.TYPE, ProfileUpdated.TYPE, SettingsUpdated.TYPE,
            UserBanned.TYPE, UserUnbanned.TYPE, UserDeleted.TYPE);
    public static final Set<String> CONTENT_TYPES = Set.of("content.post.created", "content.post.updated",
            "content.post.deleted", "content.article.published", "content.article.updated", "content.article.deleted",
            "content.comment.created", "content.item.moderated");
    public static final Set<String> SOCIAL_TYPES = Set.of("social.like.created", "social.like.removed",
            "social.share.created", "social.share.removed");

    @Inject
    SearchEngine engine;

    @Inject
    TrendingCounters trending;

    /** Applies {@code event} to generation {@code g}; a type search has no use for passes without effect. */
    public void apply(long g, CloudEvent event) {
        Payload p = new Payload(event.data());
        Instant at = event.time();
        switch (event.type()) {
            case ProfileCreated.TYPE -> {
                ProfileCreated e = EventJson.fromJson(event.data(), ProfileCreated.class);
                engine.member(g, e.userId(), e.username(), e.displayName(), e.discoverable());
            }
            case ProfileUpdated.TYPE -> {
                ProfileUpdated e = EventJson.fromJson(event.data(), ProfileUpdated.class);
                engine.member(g, e.userId(), e.username(), e.displayName(), null);
            }
            case SettingsUpdated.TYPE -> {
                SettingsUpdated e = EventJson.fromJson(event.data(), SettingsUpdated.class);
                engine.discoverable(g, e.userId(), e.discoverable());
            }
            case UserBanned.TYPE -> engine.banned(g, EventJson.fromJson(event.data(), UserBanned.class).userId(), true);
            case UserUnbanned.TYPE ->
                    engine.banned(g, EventJson.fromJson(event.data(), UserUnbanned.class).userId(), false);
            case UserDeleted.TYPE -> {
                UserDeleted e = EventJson.fromJson(event.data(), UserDeleted.class);
                engine.memberDeleted(g, e.userId(), e.username());
            }
            case "content.post.created" -> postCreated(g, p, at);
            case "content.post.updated" -> {
                if (!"public".equals(p.text("visibility"))) {
                    // made followers-only, unlisted or direct by an edit: no longer searchable
                    engine.remove(g, Document.POST, p.uuid("postId"));
                } else if (engine.document(g, Document.POST, p.uuid("postId")).isPresent()) {
                    engine.index(g, post(p, at));
                }
            }
            case "content.post.deleted" -> engine.remove(g, Document.POST, p.uuid("postId"));
            case "content.article.published" -> engine.index(g, article(p, at));
            case "content.article.updated" -> {
                if (engine.document(g, Document.ARTICLE, p.uuid("articleId")).isPresent()) {
                    engine.index(g, article(p, at));
                }
            }
            case "content.article.deleted" -> engine.remove(g, Document.ARTICLE, p.uuid("articleId"));
            case "content.comment.created" -> {
                if ("post".equals(p.text("targetType"))) {
                    engaged(g, p.uuid("targetId"), Engagement.COMMENT, 1, p.instant("createdAt", at));
                }
            }
            case "content.item.moderated" -> moderated(g, p);
            case "social.like.created" -> engaged(g, p.uuid("postId"), Engagement.LIKE, 1, p.instant("at", at));
            case "social.like.removed" -> engaged(g, p.uuid("postId"), Engagement.LIKE, -1, p.instant("at", at));
            case "social.share.created" -> engaged(g, p.uuid("postId"), Engagement.SHARE, 1, p.instant("at", at));
            case "social.share.removed" -> engaged(g, p.uuid("postId"), Engagement.SHARE, -1, p.instant("at", at));
            default -> {
                // another type on the same topic: nothing for search
            }
        }
    }

    /**
     * Whether applying {@code event} is only indexing a post (a {@code content.post.created} that is no reply or
     * quote, so it engages nothing): a run of such events may be applied at once by {@link #postsCreated}, with
     * the same effect as one by one. An unreadable one is not: {@link #apply} passes it over with its reason.
     */
    public static boolean onlyIndexes(CloudEvent event) {
        if (!"content.post.created".equals(event.type())) {
            return false;
        }
        try {
            Payload p = new Payload(event.data());
            post(p, event.time());
            return p.optionalUuid("replyToId") == null && p.optionalUuid("quoteOfId") == null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Applies a run of events {@link #onlyIndexes} accepted, in a few statements for the whole run (the rebuild's
     * replay): the public posts are indexed unless their author is deleted, their tags counted and trended, exactly
     * as {@link #apply} would have done one event after the other.
     */
    public void postsCreated(long g, List<CloudEvent> events) {
        List<Document> posts = new java.util.ArrayList<>(events.size());
        for (CloudEvent event : events) {
            Payload p = new Payload(event.data());
            if ("public".equals(p.text("visibility"))) {
                posts.add(post(p, p.instant("createdAt", event.time())));
            }
        }
        if (posts.isEmpty()) {
            return;
        }
        List<Document> indexed = engine.indexAll(g, posts);
        engine.hashtagsUsed(g, indexed);
        trending.hashtagsUsed(g, indexed, Engagement.USE.hashtagWeight());
    }

    /** A deleted member, as {@code user.deleted} makes one: their documents out, a tombstone kept. */
    void memberDeleted(long g, UUID userId, String username) {
        engine.memberDeleted(g, userId, username);
    }

    /** A member banned or no longer banned, as {@code user.banned}/{@code unbanned} do. */
    void banned(long g, UUID userId, boolean banned) {
        engine.banned(g, userId, banned);
    }

    private void postCreated(long g, Payload p, Instant at) {
        Instant created = p.instant("createdAt", at);
        UUID replyTo = p.optionalUuid("replyToId");
        if (replyTo != null) {
            engaged(g, replyTo, Engagement.REPLY, 1, created);
        }
        UUID quoteOf = p.optionalUuid("quoteOfId");
        if (quoteOf != null) {
            engaged(g, quoteOf, Engagement.SHARE, 1, created);
        }
        if (!"public".equals(p.text("visibility"))) {
            return;
        }
        Document post = post(p, created);
        if (engine.deleted(g, post.authorId())) {
            return;
        }
        engine.index(g, post);
        engine.hashtagsUsed(g, post.hashtags(), created);
        for (String tag : post.hashtags()) {
            trending.add(g, "hashtag", tag, created, Engagement.USE.hashtagWeight(), 1);
            trending.accountUsed(g, tag, created, post.authorId());
        }
    }

    private static Document post(Payload p, Instant at) {
        return new Document(Document.POST, p.uuid("postId"), p.uuid("authorId"), null, p.text("text"),
                p.text("language"), p.nonEmpty("mediaIds"), p.texts("hashtags"), p.instant("createdAt", at));
    }

    private static Document article(Payload p, Instant at) {
        return new Document(Document.ARTICLE, p.uuid("articleId"), p.uuid("authorId"), p.text("title"),
                p.text("body"), p.text("language"), p.optionalUuid("coverMediaId") != null, List.of(),
                p.instant("publishedAt", at));
    }

    private void moderated(long g, Payload p) {
        String type = p.text("itemType");
        if (!Document.POST.equals(type) && !Document.ARTICLE.equals(type)) {
            return;
        }
        UUID id = p.uuid("itemId");
        switch (String.valueOf(p.text("action"))) {
            case "hide" -> engine.hide(g, type, id, true);
            case "remove" -> engine.remove(g, type, id);
            case "restore" -> engine.hide(g, type, id, false);
            default -> throw new IllegalArgumentException("unknown moderation action " + p.text("action"));
        }
    }

    /**
     * Engagement with a post: counted for the post, and at half weight for each of its hashtags when the post is
     * indexed (a like of a post search never saw still counts for the post, which trending shows only if found).
     */
    private void engaged(long g, UUID postId, Engagement engagement, int sign, Instant at) {
        trending.add(g, "post", postId.toString(), at, sign * engagement.weight(), 0);
        engine.document(g, Document.POST, postId).ifPresent(post -> {
            for (String tag : post.hashtags()) {
                trending.add(g, "hashtag", tag, at, sign * engagement.hashtagWeight(), 0);
            }
        });
    }
}

package nova.search.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.content.ArticlePublished;
import nova.contracts.content.CommentCreated;
import nova.contracts.content.ContentModerated;
import nova.contracts.content.PostCreated;
import nova.contracts.content.PostDeleted;
import nova.contracts.content.PostUpdated;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.contracts.search.SearchPage;
import nova.contracts.search.Suggestion;
import nova.contracts.social.LikeCreated;
import nova.contracts.social.ShareRemoved;
import nova.platform.events.CloudEvent;
import nova.search.index.Document;
import nova.search.index.SearchEngine;
import nova.search.index.SearchQuery;
import nova.search.trending.TrendingCounters;
import org.junit.jupiter.api.Test;

/**
 * The projector reads what the content and social contexts really write: each payload is made from their contract
 * records with the producers' own codec (EventJson), so a renamed field fails here, not in production.
 */
class ProjectorTest {

    final UUID author = UUID.randomUUID();
    final Instant at = Instant.parse("2026-12-06T18:00:00Z");
    final Recording engine = new Recording();
    final List<String> counted = new ArrayList<>();
    final Projector projector = new Projector();

    ProjectorTest() {
        projector.engine = engine;
        projector.trending = new TrendingCounters() {
            @Override
            public void add(long generation, String kind, String key, Instant when, double weight, int uses) {
                counted.add(kind + ":" + key + ":" + weight + ":" + uses + "@" + when);
            }

            @Override
            public void accountUsed(long generation, String tag, Instant when, UUID account) {
                counted.add("account:" + tag + ":" + account);
            }

            @Override
            public void hashtagsUsed(long generation, List<Document> posts, double weight) {
                // what the bulk statements add up, written out per post and tag as add() and accountUsed() record it
                for (Document post : posts) {
                    for (String tag : post.hashtags()) {
                        add(generation, "hashtag", tag, post.createdAt(), weight, 1);
                        accountUsed(generation, tag, post.createdAt(), post.authorId());
                    }
                }
            }
        };
    }

    void apply(DomainEvent event) {
        projector.apply(7, CloudEvent.of("test", event.type(), UUID.randomUUID().toString(), EventJson.toJson(event)));
    }

    PostCreated post(UUID id, String visibility, List<String> tags, UUID replyTo) {
        return new PostCreated(id, author, visibility, "hello #cats", null, false, "en-GB", List.of(UUID.randomUUID()),
                List.of(), tags, replyTo, replyTo == null ? null : UUID.randomUUID(), null, null, at);
    }

    @Test
    void aPublicPostIsIndexedWithItsFacetsAndItsTagsCounted() {
        UUID id = UUID.randomUUID();
        apply(post(id, "public", List.of("cats", "dogs"), null));
        Document indexed = engine.documents.get(id);
        assertEquals(new Document("post", id, author, null, "hello #cats", "en-GB", true, List.of("cats", "dogs"), at),
                indexed);
        assertEquals(List.of("cats", "dogs"), engine.tagsUsed);
        assertEquals(List.of("hashtag:cats:1.0:1@" + at, "account:cats:" + author, "hashtag:dogs:1.0:1@" + at,
                "account:dogs:" + author), counted);
    }

    @Test
    void onlyPublicPostsAreIndexedButEveryReplyIsEngagementForItsPost() {
        UUID parent = UUID.randomUUID();
        for (String visibility : List.of("unlisted", "followers", "direct")) {
            apply(post(UUID.randomUUID(), visibility, List.of("x"), parent));
        }
        assertTrue(engine.documents.isEmpty());
        assertEquals(3, counted.stream().filter(c -> c.startsWith("post:" + parent + ":1.5")).count(), counted.toString());
    }

    @Test
    void anEditReplacesTheTextOfAnIndexedPostOnly() {
        UUID id = UUID.randomUUID();
        apply(new PostUpdated(id, author, "public", "edited", null, false, "en", List.of(), List.of(), List.of(),
                null, null, null, null, at, 2));
        assertTrue(engine.documents.isEmpty(), "an edit of a post search never indexed (or removed) adds nothing");
        apply(post(id, "public", List.of(), null));
        apply(new PostUpdated(id, author, "public", "edited", null, false, "en", List.of(), List.of(), List.of(),
                null, null, null, null, at.plusSeconds(5), 2));
        assertEquals("edited", engine.documents.get(id).body());
    }

    @Test
    void anEditThatMakesAPostNonPublicTakesItOut() {
        for (String visibility : List.of("unlisted", "followers", "direct")) {
            UUID id = UUID.randomUUID();
            apply(post(id, "public", List.of(), null));
            assertTrue(engine.documents.containsKey(id));
            apply(new PostUpdated(id, author, visibility, "now " + visibility, null, false, "en", List.of(), List.of(),
                    List.of(), null, null, null, null, at.plusSeconds(5), 2));
            assertFalse(engine.documents.containsKey(id), visibility);
        }
    }

    @Test
    void deletionAndModerationTakeDocumentsOutAndRestoreShowsAHiddenOneAgain() {
        UUID id = UUID.randomUUID();
        apply(post(id, "public", List.of(), null));
        apply(new ContentModerated("post", id, author, "hide", "spam", UUID.randomUUID(), null, at));
        assertEquals(Boolean.TRUE, engine.hidden.get(id));
        apply(new ContentModerated("post", id, author, "restore", "ok", UUID.randomUUID(), null, at));
        assertEquals(Boolean.FALSE, engine.hidden.get(id));
        apply(new ContentModerated("comment", id, author, "remove", "spam", UUID.randomUUID(), null, at));
        assertTrue(engine.documents.containsKey(id), "a comment's moderation is not a post's");
        apply(new PostDeleted(id, author, at));
        assertTrue(engine.documents.isEmpty());

        UUID article = UUID.randomUUID();
        apply(new ArticlePublished(article, author, "Title", "title", "Body", UUID.randomUUID(), "de", at));
        assertEquals("Title", engine.documents.get(article).title());
        assertTrue(engine.documents.get(article).hasMedia());
        apply(new ContentModerated("article", article, author, "remove", "spam", UUID.randomUUID(), null, at));
        assertTrue(engine.documents.isEmpty());
    }

    @Test
    void engagementCountsForThePostAndHalfForItsTagsAtTheEventsOwnTime() {
        UUID id = UUID.randomUUID();
        apply(post(id, "public", List.of("cats"), null));
        counted.clear();
        Instant later = at.plusSeconds(60);
        apply(new LikeCreated(id, author, UUID.randomUUID(), later));
        apply(new ShareRemoved(id, author, UUID.randomUUID(), later));
        apply(new CommentCreated(UUID.randomUUID(), UUID.randomUUID(), "post", id, author, null, null, "hi", later));
        assertEquals(List.of("post:" + id + ":1.0:0@" + later, "hashtag:cats:0.5:0@" + later,
                "post:" + id + ":-2.0:0@" + later, "hashtag:cats:-1.0:0@" + later,
                "post:" + id + ":1.5:0@" + later, "hashtag:cats:0.75:0@" + later), counted);
    }

    @Test
    void aDeletedAuthorsNewPostIsNotIndexed() {
        engine.deleted = true;
        apply(post(UUID.randomUUID(), "public", List.of("x"), null));
        assertTrue(engine.documents.isEmpty());
        assertTrue(counted.isEmpty());
    }

    @Test
    void anUnknownModerationActionIsRefusedAsUnreadable() {
        CloudEvent odd = CloudEvent.of("content", "content.item.moderated", UUID.randomUUID().toString(),
                jakarta.json.Json.createObjectBuilder().add("itemType", "post").add("itemId", UUID.randomUUID().toString())
                        .add("action", "explode").build());
        assertThrows(IllegalArgumentException.class, () -> projector.apply(7, odd));
    }

    /** Records what the projector asks of the engine (one generation, no SQL). */
    CloudEvent event(DomainEvent event) {
        return CloudEvent.of("test", event.type(), UUID.randomUUID().toString(), EventJson.toJson(event));
    }

    @Test
    void onlyPostsThatEngageNothingMayBeIndexedInBulk() {
        assertTrue(Projector.onlyIndexes(event(post(UUID.randomUUID(), "public", List.of("cats"), null))));
        assertTrue(Projector.onlyIndexes(event(post(UUID.randomUUID(), "followers", List.of(), null))));
        assertFalse(Projector.onlyIndexes(event(post(UUID.randomUUID(), "public", List.of(), UUID.randomUUID()))),
                "a reply engages its target");
        assertFalse(Projector.onlyIndexes(event(new PostDeleted(UUID.randomUUID(), author, at))));
        assertFalse(Projector.onlyIndexes(CloudEvent.of("test", "content.post.created", UUID.randomUUID().toString(),
                jakarta.json.Json.createObjectBuilder().add("postId", "not-a-uuid").build())), "an unreadable one goes the way that passes it over");
    }

    @Test
    void aRunOfPostsInBulkHasTheEffectOfOneByOne() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<CloudEvent> run = List.of(event(post(a, "public", List.of("cats", "dogs"), null)),
                event(post(b, "followers", List.of("cats"), null)), event(post(c, "public", List.of("cats"), null)));
        run.forEach(e -> projector.apply(7, e));
        Map<UUID, Document> oneByOne = new HashMap<>(engine.documents);
        List<String> tagsOneByOne = new ArrayList<>(engine.tagsUsed);
        List<String> countedOneByOne = new ArrayList<>(counted);
        engine.documents.clear();
        engine.tagsUsed.clear();
        counted.clear();

        projector.postsCreated(7, run);

        assertEquals(oneByOne, engine.documents);
        assertEquals(2, engine.documents.size(), "the followers-only post is not indexed");
        assertEquals(tagsOneByOne, engine.tagsUsed);
        assertEquals(countedOneByOne, counted);
    }

    @Test
    void aDeletedAuthorsPostsInBulkAreNeitherIndexedNorCounted() {
        engine.deleted = true;
        projector.postsCreated(7, List.of(event(post(UUID.randomUUID(), "public", List.of("cats"), null))));
        assertTrue(engine.documents.isEmpty());
        assertTrue(engine.tagsUsed.isEmpty());
        assertTrue(counted.isEmpty());
    }

    static final class Recording implements SearchEngine {
        final Map<UUID, Document> documents = new HashMap<>();
        final Map<UUID, Boolean> hidden = new HashMap<>();
        final List<String> tagsUsed = new ArrayList<>();
        boolean deleted;

        @Override
        public void index(long generation, Document document) {
            documents.put(document.id(), document);
        }

        @Override
        public void remove(long generation, String kind, UUID id) {
            documents.remove(id);
        }

        @Override
        public void hide(long generation, String kind, UUID id, boolean hide) {
            hidden.put(id, hide);
        }

        @Override
        public Optional<Document> document(long generation, String kind, UUID id) {
            return Optional.ofNullable(documents.get(id)).filter(d -> d.kind().equals(kind));
        }

        @Override
        public void hashtagsUsed(long generation, List<String> tags, Instant when) {
            tagsUsed.addAll(tags);
        }

        @Override
        public List<Document> indexAll(long generation, List<Document> all) {
            List<Document> indexed = all.stream().filter(d -> !deleted).toList();
            indexed.forEach(d -> documents.put(d.id(), d));
            return indexed;
        }

        @Override
        public void hashtagsUsed(long generation, List<Document> posts) {
            posts.forEach(p -> tagsUsed.addAll(p.hashtags()));
        }

        @Override
        public void member(long generation, UUID userId, String username, String displayName, Boolean discoverable) {
        }

        @Override
        public void discoverable(long generation, UUID userId, boolean discoverable) {
        }

        @Override
        public void banned(long generation, UUID userId, boolean banned) {
        }

        @Override
        public void memberDeleted(long generation, UUID userId, String username) {
        }

        @Override
        public boolean deleted(long generation, UUID userId) {
            return deleted;
        }

        @Override
        public SearchPage search(long generation, SearchQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Suggestion> suggest(long generation, String prefix, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void drop(long generation) {
        }
    }
}

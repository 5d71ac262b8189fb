package nova.system;

import static nova.system.SearchSystem.awaitHits;
import static nova.system.SearchSystem.hits;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Search through the gateway, fed by the real contexts' events: a public post becomes searchable (and only public
 * ones do), filters narrow it, users and hashtags are found and suggested, trending follows likes, every removal
 * path the system can take in a test takes things out and the reversible ones bring them back, and a rebuild under
 * live posting loses nothing.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it rebuilds the whole search index from the topics, and asserts on the global trending lists
@Isolated
class SearchIT {

    /** The most posts the rebuild test writes while the rebuild runs (fewer than a search ranks). */
    static final int LIVE_POSTS = 400;

    @Test
    void aPublicPostBecomesSearchableAndFiltersNarrowIt() throws Exception {
        Members.Member author = Members.newcomer("searcher");
        Members.Member reader = Members.newcomer("reader");
        String w = SearchSystem.word();
        String tag = "t" + w;
        String english = SearchSystem.post(author, Map.of("text", "Running " + w + " #" + tag, "language", "en"));
        String followersOnly = SearchSystem.post(author, Map.of("text", "quiet " + w, "visibility", "FOLLOWERS"));

        Duration lag = awaitHits(reader, w, null, hits -> hits.contains(english));
        System.out.println("search: a new post searchable through the gateway after " + lag.toMillis() + " ms (polled)");
        assertFalse(hits(reader, w, null, null).contains(followersOnly), "followers-only posts are never found");
        JsonObject hit = SearchSystem.search(reader, w + " runs", "POST", null, 5, null).data("search")
                .getJsonArray("nodes").getJsonObject(0);
        assertEquals(english, hit.getJsonObject("post").getString("id"), "stemmed in the post's language");
        assertTrue(hit.getString("highlight").contains("<b>" + w + "</b>"), hit.toString());

        assertEquals(List.of(english), hits(reader, w, null, Map.of("author", author.id())));
        assertEquals(List.of(), hits(reader, w, null, Map.of("language", "de")));
        assertEquals(List.of(), hits(reader, w, null, Map.of("hasMedia", true)));
        assertEquals(List.of(english), hits(reader, w, "POST", Map.of("from", "2020-01-01T00:00:00Z")));

        awaitHits(reader, author.username(), "USER", hits -> hits.contains(author.id()));
        JsonObject user = SearchSystem.search(reader, author.username(), "USER", null, 5, null).data("search")
                .getJsonArray("nodes").getJsonObject(0);
        assertEquals(author.username(), user.getJsonObject("user").getString("username"));
        assertEquals(List.of(tag), hits(reader, "#" + tag, "HASHTAG", null));
        List<String> suggested = ContentSystem.ids(reader.execute(SearchSystem.TYPEAHEAD,
                Map.of("q", "@" + author.username().substring(0, author.username().length() - 1)))
                .response().getData().getJsonArray("typeahead").getValuesAs(JsonObject.class));
        assertTrue(suggested.contains(author.id()), suggested.toString());

        Gql.Result bad = SearchSystem.search(reader, "", "POST", Map.of("language", "not a tag"), 500, null);
        assertEquals("VALIDATION_FAILED", bad.code().orElseThrow());
    }

    @Test
    void trendingFollowsLikesAsTheyArrive() throws Exception {
        Members.Member author = Members.newcomer("trender");
        String tag = "tr" + SearchSystem.word();
        String post = ModerationSystem.post(author, "hot #" + tag);
        ModerationSystem.post(author, "again #" + tag);
        for (int i = 0; i < 3; i++) {
            Members.Member fan = Members.newcomer("fan" + i);
            fan.execute(SocialSystem.LIKE, Map.of("id", post)).data("like");
        }
        await().atMost(SearchSystem.PROMPTLY).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<JsonObject> tags = author.execute(SearchSystem.TRENDING_HASHTAGS).response().getData()
                    .getJsonArray("trendingHashtags").getValuesAs(JsonObject.class);
            return tags.stream().anyMatch(t -> t.getString("tag").equals(tag) && t.getInt("uses") == 2
                    && t.getInt("accounts") == 1 && t.getJsonNumber("score").doubleValue() > 2.5);
        });
        await().atMost(SearchSystem.PROMPTLY).pollInterval(Duration.ofMillis(250)).until(() -> author
                .execute(SearchSystem.TRENDING_POSTS).response().getData().getJsonArray("trendingPosts")
                .getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getJsonObject("post").getString("id").equals(post)));
    }

    @Test
    void everyRemovalPathTakesAPostOutAndTheReversibleOnesBringItBack() throws Exception {
        Members.Member author = Members.newcomer("removable");
        Members.Member reader = Members.newcomer("watcher");
        Members.Member moderator = Members.withRole("searchmod", "moderator", "moderate_content");
        Members.Member banner = Members.withRole("searchban", "moderator", "ban_users");
        String w = SearchSystem.word();
        String kept = ModerationSystem.post(author, "kept " + w);
        String deleted = ModerationSystem.post(author, "deleted " + w);
        awaitHits(reader, w, null, hits -> hits.containsAll(List.of(kept, deleted)));
        List<Long> lags = new ArrayList<>();

        assertEquals(List.of(), author.execute(ContentSystem.DELETE_POST, Map.of("id", deleted)).errors());
        lags.add(awaitHits(reader, w, null, hits -> !hits.contains(deleted)).toMillis());

        moderator.execute(ModerationSystem.MODERATE, Map.of("input", Map.of("itemType", "POST", "itemId", kept, "action", "HIDE",
                "reason", "checking"))).data("moderate");
        lags.add(awaitHits(reader, w, null, hits -> !hits.contains(kept)).toMillis());
        moderator.execute(ModerationSystem.MODERATE, Map.of("input", Map.of("itemType", "POST", "itemId", kept, "action", "RESTORE",
                "reason", "fine"))).data("moderate");
        awaitHits(reader, w, null, hits -> hits.contains(kept));

        banner.execute(AdministrationGraphqlIT.BAN, Map.of("userId", author.id(), "reason", "spam wave")).data("banUser");
        lags.add(awaitHits(reader, w, null, List::isEmpty).toMillis());
        assertFalse(hits(reader, author.username(), "USER", null).contains(author.id()));
        banner.execute(AdministrationGraphqlIT.UNBAN, Map.of("userId", author.id())).data("unbanUser");
        awaitHits(reader, w, null, hits -> hits.contains(kept));

        Members.Member fresh = author.loggedInAgain();
        fresh.execute(ProfileSettingsGraphqlIT.UPDATE_SETTINGS, Map.of("input", Map.of("discoverable", false)))
                .data("updateSettings");
        lags.add(awaitHits(reader, w, null, List::isEmpty).toMillis());
        fresh.execute(ProfileSettingsGraphqlIT.UPDATE_SETTINGS, Map.of("input", Map.of("discoverable", true)))
                .data("updateSettings");
        awaitHits(reader, w, null, hits -> hits.contains(kept));

        String removed = ModerationSystem.post(fresh, "removed " + w);
        awaitHits(reader, w, null, hits -> hits.contains(removed));
        moderator.execute(ModerationSystem.MODERATE, Map.of("input", Map.of("itemType", "POST", "itemId", removed, "action", "REMOVE",
                "reason", "illegal"))).data("moderate");
        lags.add(awaitHits(reader, w, null, hits -> !hits.contains(removed)).toMillis());
        System.out.println("search: removal through the gateway (delete, hide, ban, discoverable off, remove) after "
                + lags + " ms (polled every 100 ms)");
    }

    @Test
    void aRebuildUnderLivePostingLosesNothing() throws Exception {
        Members.Member author = Members.newcomer("rebuilder");
        Members.Member reader = Members.newcomer("onlooker");
        String w = SearchSystem.word();
        String before = ModerationSystem.post(author, "before " + w);
        awaitHits(reader, w, null, hits -> hits.contains(before));

        List<String> live = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        // at most LIVE_POSTS: a search ranks the 500 newest matches of its words (PostgresSearchEngine.CANDIDATES),
        // so more posts of this word could never all be found; posting stops there or when the rebuild is done
        // (a rebuild replays the machine's whole history: on a long-lived test machine it outlasted 500 posts)
        Thread posting = new Thread(() -> {
            while (!stop.get() && live.size() < LIVE_POSTS) {
                live.add(ModerationSystem.post(author, "live " + live.size() + " " + w));
            }
        });
        posting.start();
        try {
            await().atMost(SearchSystem.PROMPTLY).until(() -> live.size() >= 2);
            HttpResponse<String> started = SearchSystem.operator("POST", "/search/rebuilds");
            assertEquals(202, started.statusCode(), started.body());
            long generation = Nova.json(started.body()).getJsonNumber("generation").longValue();
            int atStart = live.size();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                    .until(() -> !"building".equals(SearchSystem.rebuildStatus().getString("state")));
            int atEnd = live.size();
            JsonObject done = SearchSystem.rebuildStatus();
            assertEquals("done", done.getString("state"), done.toString());
            assertEquals(generation, done.getJsonNumber("serving").longValue());
            System.out.println("search: rebuild under live posting " + done + "; posts during the rebuild "
                    + (atEnd - atStart));
        } finally {
            stop.set(true);
            posting.join();
        }
        Set<String> expected = new HashSet<>(live);
        expected.add(before);
        awaitHits(reader, w, null, hits -> new HashSet<>(hits).equals(expected));
    }
}

package nova.search.container;

import static nova.search.container.SearchEvents.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * search deployed alone with the real PostgreSQL and broker, fed by CloudEvents published on the real topics as
 * the user, content and social relays publish them: what is public and discoverable becomes searchable (with
 * stemming, filters, keyset pages, users by trigram, type-ahead), every removal path takes it out (and the
 * reversible ones bring it back), trending counts engagement, and a rebuild under a stream of live events swaps
 * in a generation that lost none of them.
 */
@InContainer
class SearchContainerIT {

    static Tokens tokens;
    static final Duration PROMPTLY = Duration.ofSeconds(30);

    final Http http = Http.to(LibertyServer.base());
    final Database search = Database.of("search");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentitysKeys() throws Exception {
        tokens = new Tokens().servedAsIdentity();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
    }

    Http member() {
        UUID id = UUID.randomUUID();
        return http.withBearer(tokens.accessToken(id, "m" + id.toString().substring(0, 8)));
    }

    static String word() {
        // letters only: the configurations stem and split nothing of it
        StringBuilder w = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit)
                .limit(10).forEach(c -> w.append((char) ('a' + c % 26)));
        return w.toString();
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    JsonObject search(Http as, String query) {
        HttpResponse<String> response = as.get("/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** Polls {@code query} until its hit ids satisfy {@code condition}; the time it took. */
    Duration awaitHits(Http as, String query, Predicate<List<String>> condition) {
        Instant start = Instant.now();
        await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50)).until(() -> condition.test(ids(search(as, query))));
        return Duration.between(start, Instant.now());
    }

    @Test
    void aPublicPostIsFoundWithStemmingHighlightsAndFiltersAndNothingElseIs() {
        Http me = member();
        String w = word();
        UUID author = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SearchEvents.profile(author, "a" + w, "Ada " + w, true);
        UUID english = post(author, "public", "Running " + w + " through fish & chips hills", "en", List.of(w), true);
        UUID german = post(other, "public", "Laufen " + w + " im Wald", "de", List.of(), false);
        UUID unlisted = post(author, "unlisted", "unlisted " + w, "en", List.of(), false);
        UUID followers = post(author, "followers", "followers only " + w, "en", List.of(), false);
        UUID article = SearchEvents.article(author, "The " + w + " handbook", "All about it.", "en");

        awaitHits(me, "q=" + w, hits -> hits.containsAll(List.of(english.toString(), german.toString(), article.toString())));
        List<String> all = ids(search(me, "q=" + w));
        assertFalse(all.contains(unlisted.toString()), "unlisted posts are never indexed");
        assertFalse(all.contains(followers.toString()), "followers-only posts are never indexed");
        assertEquals(article.toString(), all.get(0), "a title match (weight A) ranks above body matches (B)");

        // stemming with the post's language: "runs" finds "Running"
        assertEquals(List.of(english.toString()), ids(search(me, "q=" + q(w + " runs") + "&kind=post")));
        JsonObject hit = search(me, "q=" + q(w + " runs") + "&kind=post").getJsonArray("items").getJsonObject(0);
        assertEquals("post", hit.getString("kind"));
        assertTrue(hit.getString("highlight").contains("<b>" + w + "</b>"), hit.toString());
        assertTrue(hit.getString("highlight").contains("fish &amp; chips"), "the text is escaped: " + hit);

        assertEquals(List.of(article.toString()), ids(search(me, "q=" + w + "&kind=article")));
        assertEquals(Set.of(english.toString(), article.toString()),
                new HashSet<>(ids(search(me, "q=" + w + "&author=" + author))));
        assertEquals(List.of(english.toString()), ids(search(me, "q=" + w + "&hasMedia=true")));
        assertEquals(List.of(german.toString()), ids(search(me, "q=" + w + "&language=de")));
        assertEquals(List.of(), ids(search(me, "q=" + w + "&to=" + Instant.now().minusSeconds(3600))));
        assertEquals(3, ids(search(me, "q=" + w + "&from=" + Instant.now().minusSeconds(3600))).size());
    }

    @Test
    void pagesFollowEachOtherByKeysetWithoutGapsOrRepeats() {
        Http me = member();
        String w = word();
        UUID author = UUID.randomUUID();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(post(author, "public", w + " number " + i + " " + (w + " ").repeat(i), "en", List.of(), false)
                    .toString());
        }
        awaitHits(me, "q=" + w, hits -> hits.size() == 5);
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = search(me, "q=" + w + "&limit=2" + (after == null ? "" : "&after=" + after));
            seen.addAll(ids(page));
            after = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (after != null);
        assertEquals(3, pages);
        assertEquals(new HashSet<>(posted), new HashSet<>(seen));
        assertEquals(5, seen.size(), "no hit twice: " + seen);
        assertEquals(posted.get(4), seen.get(0), "the post with the word most often ranks first");
    }

    @Test
    void everyRemovalPathTakesThingsOutPromptlyAndTheReversibleOnesBringThemBack() {
        Http me = member();
        String w = word();
        UUID author = UUID.randomUUID();
        String username = "u" + w;
        SearchEvents.profile(author, username, "Remover " + w, true);
        UUID deleted = post(author, "public", "deleted " + w, "en", List.of(), false);
        UUID hidden = post(author, "public", "hidden " + w, "en", List.of(), false);
        UUID removed = post(author, "public", "removed " + w, "en", List.of(), false);
        UUID article = SearchEvents.article(author, "Removed article " + w, "text", "en");
        UUID kept = post(author, "public", "kept " + w, "en", List.of(), false);
        UUID narrowed = post(author, "public", "narrowed " + w, "en", List.of(), false);
        awaitHits(me, "q=" + w, hits -> hits.size() == 6);
        List<Duration> lags = new ArrayList<>();

        SearchEvents.postDeleted(deleted, author);
        lags.add(awaitHits(me, "q=" + w, hits -> !hits.contains(deleted.toString())));
        SearchEvents.postUpdated(narrowed, author, "followers", "narrowed " + w);
        lags.add(awaitHits(me, "q=" + w, hits -> !hits.contains(narrowed.toString())));
        SearchEvents.moderated("post", hidden, author, "hide");
        lags.add(awaitHits(me, "q=" + w, hits -> !hits.contains(hidden.toString())));
        SearchEvents.moderated("post", removed, author, "remove");
        lags.add(awaitHits(me, "q=" + w, hits -> !hits.contains(removed.toString())));
        SearchEvents.moderated("article", article, author, "remove");
        lags.add(awaitHits(me, "q=" + w, hits -> !hits.contains(article.toString())));
        SearchEvents.moderated("post", hidden, author, "restore");
        awaitHits(me, "q=" + w, hits -> hits.contains(hidden.toString()));
        SearchEvents.moderated("post", removed, author, "restore");
        assertEquals(Set.of(kept.toString(), hidden.toString()), new HashSet<>(ids(search(me, "q=" + w))),
                "a restore undoes a hide, not a removal");
        assertEquals(List.of(author.toString()), ids(search(me, "q=" + username + "&kind=user")));

        SearchEvents.banned(author, username);
        lags.add(awaitHits(me, "q=" + w, List::isEmpty));
        assertEquals(List.of(), ids(search(me, "q=" + username + "&kind=user")));
        SearchEvents.unbanned(author);
        awaitHits(me, "q=" + w, hits -> hits.size() == 2);

        SearchEvents.discoverable(author, false);
        lags.add(awaitHits(me, "q=" + w, List::isEmpty));
        assertEquals(List.of(), ids(search(me, "q=" + username + "&kind=user")));
        SearchEvents.discoverable(author, true);
        awaitHits(me, "q=" + w, hits -> hits.size() == 2);
        awaitHits(me, "q=" + username + "&kind=user", hits -> hits.equals(List.of(author.toString())));

        SearchEvents.deleted(author, username);
        lags.add(awaitHits(me, "q=" + w, List::isEmpty));
        assertEquals(List.of(), ids(search(me, "q=" + username + "&kind=user")));
        UUID late = post(author, "public", "late " + w, "en", List.of(), false);
        search.awaitCount(1, PROMPTLY, "SELECT count(*) FROM processed_events WHERE consumer = 'nova.search.content'"
                + " AND event_id = ?", SearchEvents.LAST_CONTENT_EVENT.get());
        assertEquals(List.of(), ids(search(me, "q=" + w)), "a deleted author's late post stays out");
        assertEquals(0, search.count("SELECT count(*) FROM search_index WHERE id = ?", late));
        System.out.println("search removal lag (publish to gone, polled every 50 ms) in ms: "
                + lags.stream().map(Duration::toMillis).toList());
    }

    @Test
    void membersAreFoundByTrigramAndTypeAheadByPrefix() {
        Http me = member();
        String w = word();
        UUID ada = UUID.randomUUID();
        UUID shy = UUID.randomUUID();
        SearchEvents.profile(ada, "ada" + w, "Ada Lovelace", true);
        SearchEvents.profile(shy, "ada" + w + "x", "Shy", false);
        post(ada, "public", "tagging #" + w, "en", List.of("t" + w), false);
        awaitHits(me, "q=ada" + w + "&kind=user", hits -> hits.contains(ada.toString()));
        assertFalse(ids(search(me, "q=ada" + w + "&kind=user")).contains(shy.toString()), "not discoverable");
        // one letter wrong: trigram similarity still finds the name
        String typo = "ada" + w.substring(0, w.length() - 1) + (w.charAt(w.length() - 1) == 'a' ? 'b' : 'a');
        assertTrue(ids(search(me, "q=" + typo + "&kind=user")).contains(ada.toString()));

        await().atMost(PROMPTLY).until(() -> {
            JsonArray s = Http.json("{\"a\":" + me.get("/search/suggestions?q=" + q("#t" + w.substring(0, 5))).body() + "}")
                    .getJsonArray("a");
            return s.stream().anyMatch(v -> v.asJsonObject().getString("id").equals("t" + w));
        });
        JsonArray users = Http.json("{\"a\":" + me.get("/search/suggestions?q=" + q("@ada" + w.substring(0, 6))).body()
                + "}").getJsonArray("a");
        assertEquals(1, users.size(), users.toString());
        assertEquals("user", users.getJsonObject(0).getString("kind"));
        assertEquals(ada.toString(), users.getJsonObject(0).getString("id"));
        assertEquals(List.of("t" + w), ids(search(me, "q=" + q("#t" + w) + "&kind=hashtag")));
    }

    @Test
    void trendingCountsEngagementAsItArrivesAndForgetsWhatIsGone() {
        Http me = member();
        String tag = "tr" + word();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID first = post(a, "public", "one #" + tag, "en", List.of(tag), false);
        post(a, "public", "two #" + tag, "en", List.of(tag), false);
        UUID third = post(b, "public", "three #" + tag, "en", List.of(tag), false);
        for (int i = 0; i < 40; i++) {
            SearchEvents.liked(third, b, UUID.randomUUID());
        }
        SearchEvents.shared(third, b, UUID.randomUUID());
        SearchEvents.liked(first, a, UUID.randomUUID());

        await().atMost(PROMPTLY).until(() -> trendingPosts(me).indexOf(third.toString()) >= 0
                && trendingHashtag(me, tag) != null && trendingHashtag(me, tag).getJsonNumber("score").doubleValue() > 20);
        JsonObject trending = trendingHashtag(me, tag);
        assertEquals(3, trending.getJsonNumber("uses").longValue());
        assertEquals(2, trending.getJsonNumber("accounts").longValue());
        List<String> posts = trendingPosts(me);
        assertTrue(!posts.contains(first.toString()) || posts.indexOf(third.toString()) < posts.indexOf(first.toString()),
                posts.toString());

        SearchEvents.postDeleted(third, b);
        await().atMost(PROMPTLY).until(() -> !trendingPosts(me).contains(third.toString()));
    }

    @Test
    void bucketsThatLeftTheWindowArePrunedAndTheWindowsAreKept() {
        // the test server prunes every second (nova.search.trending.prune-interval in src/test/liberty/server.xml)
        String tag = "pr" + word();
        UUID author = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        SearchEvents.post(old, author, "public", "old #" + tag, "en", List.of(tag), false, null,
                Instant.now().minus(Duration.ofHours(30)));
        UUID fresh = post(author, "public", "fresh #" + tag, "en", List.of(tag), false);
        // indexing and counting share one transaction: once a post is indexed its bucket was written
        search.awaitCount(2, PROMPTLY, "SELECT count(*) FROM search_index WHERE id IN (?, ?)", old, fresh);
        search.awaitCount(0, PROMPTLY, "SELECT count(*) FROM search_trend_buckets WHERE key = ?"
                + " AND bucket < now() - interval '24 hours'", tag);
        search.awaitCount(0, PROMPTLY, "SELECT count(*) FROM search_trend_accounts WHERE tag = ?"
                + " AND bucket < now() - interval '24 hours'", tag);
        assertEquals(1, search.count("SELECT count(*) FROM search_trend_buckets WHERE key = ? AND kind = 'hashtag'"
                + " AND bucket > now() - interval '1 hour'", tag), "the bucket inside the window stays");
        assertEquals(1, search.count("SELECT count(*) FROM search_trend_accounts WHERE tag = ?"
                + " AND bucket > now() - interval '1 hour'", tag));
    }

    List<String> trendingPosts(Http as) {
        HttpResponse<String> response = as.get("/trending/posts?limit=50");
        assertEquals(200, response.statusCode(), response.body());
        return Http.json("{\"a\":" + response.body() + "}").getJsonArray("a").stream()
                .map(v -> v.asJsonObject().getString("postId")).toList();
    }

    JsonObject trendingHashtag(Http as, String tag) {
        HttpResponse<String> response = as.get("/trending/hashtags?limit=50");
        assertEquals(200, response.statusCode(), response.body());
        return Http.json("{\"a\":" + response.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("tag").equals(tag)).findFirst().orElse(null);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndOnlyTheOperatorRebuilds() {
        Http me = member();
        HttpResponse<String> bad = me.get("/search?q=&kind=video&author=nobody&from=yesterday&limit=500&after=xyz");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("invalid-input", Http.problem(bad));
        Set<String> fields = new HashSet<>(Http.json(bad).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals(Set.of("q", "kind", "author", "from", "limit", "after"), fields);
        assertEquals(400, me.get("/search/suggestions?q=").statusCode());
        assertEquals(400, me.get("/trending/posts?limit=0").statusCode());
        assertEquals(401, http.get("/search?q=x").statusCode());
        assertEquals(403, me.post("/search/rebuilds", null).statusCode());
    }

    @Test
    void aRebuildUnderLiveEventsSwapsInAGenerationThatLostNothing() throws Exception {
        Http me = member();
        String w = word();
        UUID author = UUID.randomUUID();
        UUID before = post(author, "public", "before " + w, "en", List.of(), false);
        UUID goneBefore = post(author, "public", "gone " + w, "en", List.of(), false);
        awaitHits(me, "q=" + w, hits -> hits.size() == 2);

        // live traffic all through the rebuild: a post every 20 ms, one of them deleted again
        List<String> live = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread traffic = new Thread(() -> {
            // at most 400: a search answers among the 500 newest matches
            while (!stop.get() && live.size() < 400) {
                live.add(post(author, "public", "live " + w, "en", List.of(), false).toString());
                if (live.size() == 5) {
                    SearchEvents.postDeleted(goneBefore, author);
                }
                try {
                    Thread.sleep(20); // the pace of the traffic, not a wait for a result
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        traffic.start();
        await().atMost(PROMPTLY).until(() -> live.size() >= 3);
        HttpResponse<String> started = http.asOperator().post("/search/rebuilds", null);
        assertEquals(202, started.statusCode(), started.body());
        long generation = Http.json(started).getJsonNumber("generation").longValue();
        long serving = Http.json(started).getJsonNumber("serving").longValue();
        assertTrue(generation > serving);
        int atStart = live.size();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"building".equals(status().getString("state")));
        int atEnd = live.size();
        stop.set(true);
        traffic.join();

        JsonObject done = status();
        assertEquals("done", done.getString("state"), done.toString());
        assertEquals(generation, done.getJsonNumber("serving").longValue());
        assertTrue(atEnd > atStart, "events arrived while the rebuild ran: " + atStart + " → " + atEnd);
        Set<String> expected = new HashSet<>(live);
        expected.add(before.toString());
        // every page: the live posts are more than a page's 100 when the rebuild takes longer than a few seconds
        await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(50))
                .until(() -> new HashSet<>(allIds(me, "q=" + w)).equals(expected));
        assertEquals(expected.size(), allIds(me, "q=" + w).size());
        System.out.println("search rebuild: " + done + "; live posts during the test " + live.size()
                + ", during the rebuild " + (atEnd - atStart));
        HttpResponse<String> again = http.asOperator().get("/search/rebuilds/current");
        assertEquals(200, again.statusCode());
        assertNotEquals(serving, Http.json(again).getJsonNumber("serving").longValue());
        // the status was polled all through the rebuild: no connection used outside its transaction on the way
        Path log = Path.of(System.getProperty("nova.it.usr.dir"), "servers", System.getProperty("nova.it.server"),
                "logs", "messages.log");
        assertFalse(Files.readString(log).contains("DSRA9400E"), "no DSRA9400E warning in " + log);
    }

    /** Every hit of {@code query}, page after page of 100. */
    List<String> allIds(Http as, String query) {
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = search(as, query + "&limit=100" + (after == null ? "" : "&after=" + q(after)));
            all.addAll(ids(page));
            after = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (after != null);
        return all;
    }

    JsonObject status() {
        HttpResponse<String> response = http.asOperator().get("/search/rebuilds/current");
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}

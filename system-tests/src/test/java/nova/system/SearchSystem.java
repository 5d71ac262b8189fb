package nova.system;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The search context as the search system tests use it: search, trending and type-ahead over GraphQL, rebuilds. */
final class SearchSystem {

    static final Nova.Server SEARCH = Backbone.server("search");
    static final Duration PROMPTLY = Duration.ofSeconds(60);

    static final String SEARCH_DOCUMENT = """
            query search($q: String!, $kind: SearchKind, $filter: SearchFilter, $first: Int, $after: String) {
              search(query: $q, kind: $kind, filter: $filter, first: $first, after: $after) {
                nodes { kind id score highlight post { id text authorId } article { id title } user { id username } hashtag }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    static final String TRENDING_HASHTAGS = "query { trendingHashtags(first: 50) { tag score uses accounts } }";
    static final String TRENDING_POSTS = "query { trendingPosts(first: 50) { score post { id text } } }";
    static final String TYPEAHEAD = "query typeahead($q: String!) { typeahead(query: $q) { kind id text } }";

    static final String CREATE_POST = "mutation create($input: PostInput!) { createPost(input: $input) { id } }";

    private SearchSystem() {
    }

    /** A new post of {@code author}'s from a PostInput's fields; its id. */
    static String post(Members.Member author, Map<String, Object> input) {
        return author.execute(CREATE_POST, Map.of("input", input)).data("createPost").getString("id");
    }

    /** {@code search} as {@code member}; {@code kind} and {@code filter} may be null. */
    static Gql.Result search(Members.Member member, String q, String kind, Map<String, Object> filter, Integer first,
                             String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", q);
        if (kind != null) {
            variables.put("kind", kind);
        }
        if (filter != null) {
            variables.put("filter", filter);
        }
        if (first != null) {
            variables.put("first", first);
        }
        if (after != null) {
            variables.put("after", after);
        }
        return member.execute(SEARCH_DOCUMENT, variables);
    }

    /** The ids of every hit of a search that must succeed, page after page. */
    static List<String> hits(Members.Member member, String q, String kind, Map<String, Object> filter) {
        List<String> ids = new java.util.ArrayList<>();
        String after = null;
        do {
            JsonObject page = search(member, q, kind, filter, 100, after).data("search");
            ids.addAll(ContentSystem.ids(ContentSystem.nodes(page)));
            JsonObject info = page.getJsonObject("pageInfo");
            after = info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
        } while (after != null);
        return ids;
    }

    /** Polls the search until its hit ids satisfy {@code condition}; how long it took. */
    static Duration awaitHits(Members.Member member, String q, String kind, Predicate<List<String>> condition) {
        Instant start = Instant.now();
        await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(100))
                .until(() -> condition.test(hits(member, q, kind, null)));
        return Duration.between(start, Instant.now());
    }

    /** A word no other test or run writes. */
    static String word() {
        StringBuilder w = new StringBuilder("zs");
        java.util.UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit).limit(10)
                .forEach(c -> w.append((char) ('a' + c % 26)));
        return w.toString();
    }

    /** A call to the search context itself as the operator account (the rebuild is not in the gateway). */
    static HttpResponse<String> operator(String method, String path) throws Exception {
        String credentials = Nova.env("NOVA_ADMIN_USER") + ":" + Nova.env("NOVA_ADMIN_PASSWORD");
        return Nova.HTTP.send(HttpRequest.newBuilder(SEARCH.http(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject rebuildStatus() throws Exception {
        HttpResponse<String> response = operator("GET", "/search/rebuilds/current");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /search/rebuilds/current: " + response.statusCode() + " " + response.body());
        }
        return Nova.json(response.body());
    }
}

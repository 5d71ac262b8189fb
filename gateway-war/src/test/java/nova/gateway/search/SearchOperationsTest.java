package nova.gateway.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nova.contracts.search.SearchHit;
import nova.contracts.search.SearchPage;
import nova.contracts.search.TrendingPost;
import nova.contracts.user.UserProfile;
import nova.gateway.content.ContentClient;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ThrownErrors;
import nova.gateway.profile.UserClient;
import org.junit.jupiter.api.Test;

/**
 * A page of hits costs one search call, one content call for all its posts and one user call for all its users; a
 * hit its owner no longer shows the caller is left out, the order and the cursor kept.
 */
class SearchOperationsTest {

    final List<String> calls = new ArrayList<>();
    final List<UUID> gone = new ArrayList<>();
    SearchPage page;

    final SearchOperations operations = new SearchOperations();

    SearchOperationsTest() {
        operations.requesters = new Requesters() {
            @Override
            public Requester current() {
                return new Requester("Bearer t", new ThrownErrors());
            }
        };
        operations.search = new SearchClient() {
            @Override
            public SearchPage search(String authorization, String q, String kind, String author, String from, String to,
                                     Boolean hasMedia, String language, String after, Integer limit) {
                calls.add("search " + q + " " + kind + " " + language + " " + limit);
                return page;
            }

            @Override
            public List<TrendingPost> trendingPosts(String authorization, Integer limit) {
                calls.add("trending " + limit);
                return page.items().stream().filter(h -> h.kind().equals("post"))
                        .map(h -> new TrendingPost(UUID.fromString(h.id()), h.score())).toList();
            }
        };
        operations.content = new ContentClient() {
            @Override
            public List<nova.contracts.content.Post> posts(String authorization, Collection<UUID> ids) {
                calls.add("posts " + ids.size());
                return ids.stream().filter(id -> !gone.contains(id)).map(SearchOperationsTest::post).toList();
            }
        };
        operations.users = new UserClient() {
            @Override
            public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
                calls.add("users " + ids.size());
                return ids.stream().filter(id -> !gone.contains(id)).map(id -> new UserProfile(id, "u" + id.hashCode(),
                        null, null, null, null, null, List.of(), false, "active", Instant.EPOCH, Instant.EPOCH)).toList();
            }
        };
    }

    static nova.contracts.content.Post post(UUID id) {
        return new nova.contracts.content.Post(id, UUID.randomUUID(), "hello", "public", null, false, "en", List.of(),
                List.of(), List.of(), null, null, id, 0, "visible", Instant.parse("2026-12-06T12:00:00Z"), null);
    }

    @Test
    void aPageOfHitsIsHydratedWithOneCallPerOwnerAndKeepsItsOrder() {
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hits.add(new SearchHit(i % 2 == 0 ? "post" : "user", UUID.randomUUID().toString(), 10 - i, "<b>x</b>"));
        }
        hits.add(new SearchHit("hashtag", "cats", 0.5, null));
        page = new SearchPage(hits, "next");
        gone.add(UUID.fromString(hits.get(4).id())); // deleted since it was indexed
        SearchFilter filter = new SearchFilter();
        filter.setLanguage("en");

        SearchConnection connection = operations.search("x", null, filter, 11, null);

        assertEquals(List.of("search x null en 11", "posts 5", "users 5"), calls);
        List<String> expected = hits.stream().map(SearchHit::id).filter(id -> !id.equals(hits.get(4).id())).toList();
        assertEquals(expected, connection.getNodes().stream().map(nova.gateway.search.SearchHit::getId).toList());
        assertEquals("next", connection.getPageInfo().getEndCursor());
        nova.gateway.search.SearchHit first = connection.getNodes().get(0);
        assertEquals(SearchKind.POST, first.getKind());
        assertEquals(hits.get(0).id(), first.getPost().getId());
        assertNull(first.getUser());
        assertEquals("cats", connection.getNodes().get(connection.getNodes().size() - 1).getHashtag());
    }

    @Test
    void trendingPostsShowOnlyWhatContentStillShows() {
        UUID shown = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        page = new SearchPage(List.of(new SearchHit("post", deleted.toString(), 3, null),
                new SearchHit("post", shown.toString(), 2, null)), null);
        gone.add(deleted);
        assertEquals(List.of(shown.toString()), operations.trendingPosts(null).stream()
                .map(t -> t.getPost().getId()).toList());
        assertEquals(List.of("trending null", "posts 2"), calls);
    }

    @Test
    void firstOutOfRangeIsRefusedWithoutCallingAnyone() {
        ApiError refused = assertThrows(ApiError.class, () -> operations.search("x", SearchKind.USER, null, 101, null));
        assertEquals(ApiError.Code.VALIDATION_FAILED, refused.code());
        assertThrows(ApiError.class, () -> operations.typeahead("x", 0));
        assertEquals(List.of(), calls);
    }
}

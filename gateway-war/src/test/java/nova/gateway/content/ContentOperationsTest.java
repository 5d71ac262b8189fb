package nova.gateway.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.contracts.content.Article;
import nova.contracts.content.ContentVersion;
import nova.contracts.content.Post;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.contracts.content.PostPage;
import nova.contracts.media.Media;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ThrownErrors;
import nova.gateway.media.MediaClient;
import nova.gateway.profile.UserClient;
import org.junit.jupiter.api.Test;

/** The content operations and batched fields over fake clients that record every call. */
class ContentOperationsTest {

    private static final String BEARER = "Bearer a.b.c";
    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    private final List<String> calls = new ArrayList<>();

    private final ThrownErrors thrown = new ThrownErrors();
    private final Requester requester = new Requester(BEARER, thrown);
    private final Requesters requesters = new Requesters() {
        @Override
        public Requester current() {
            return requester;
        }
    };

    static Post aPost(UUID id, UUID author, List<UUID> media, UUID replyTo) {
        return new Post(id, author, "hello #nova", "public", null, false, "en", media, List.of(), List.of("nova"),
                replyTo, null, id, 0, "visible", AT, null);
    }

    private final ContentClient content = new ContentClient() {
        @Override
        public Post createPost(String authorization, String idempotencyKey, PostDraft draft) {
            calls.add("createPost " + authorization + " " + idempotencyKey + " " + draft);
            return aPost(UUID.randomUUID(), UUID.randomUUID(), draft.mediaIds(), draft.replyToId());
        }

        @Override
        public Post editPost(String authorization, UUID id, PostEdit edit) {
            calls.add("editPost " + id + " " + edit);
            return aPost(id, UUID.randomUUID(), List.of(), null);
        }

        @Override
        public List<Post> posts(String authorization, Collection<UUID> ids) {
            calls.add("posts " + ids.size());
            return ids.stream().map(id -> aPost(id, UUID.randomUUID(), List.of(), null)).toList();
        }

        @Override
        public PostPage postsByAuthor(String authorization, UUID userId, String after, Integer limit) {
            calls.add("postsByAuthor " + userId + " " + after + " " + limit);
            return new PostPage(List.of(aPost(UUID.randomUUID(), userId, List.of(), null)), "next");
        }

        @Override
        public List<ContentVersion> articleVersions(String authorization, UUID id) {
            calls.add("articleVersions " + id);
            return List.of(new ContentVersion(1, "Title", "# body", null, null, List.of(), AT));
        }
    };

    private final UserClient users = new UserClient() {
        @Override
        public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
            calls.add("users " + ids.size());
            return ids.stream().map(id -> new UserProfile(id, "u" + id.toString().substring(0, 4), null, null, "en",
                    null, null, List.of(), false, "active", AT, null)).toList();
        }
    };

    private final MediaClient media = new MediaClient() {
        @Override
        public List<Media> byIds(String authorization, String ids) {
            calls.add("media " + ids.split(",").length);
            return java.util.Arrays.stream(ids.split(",")).map(id -> new Media(UUID.fromString(id), UUID.randomUUID(),
                    "image", "complete", "image/jpeg", "a.jpg", 1, 1, 1, null, null, null, null, "public", List.of(), AT,
                    AT)).toList();
        }
    };

    private PostOperations posts() {
        PostOperations operations = new PostOperations();
        operations.requesters = requesters;
        operations.content = content;
        return operations;
    }

    private PostFields fields() {
        PostFields fields = new PostFields();
        fields.content = content;
        fields.users = users;
        fields.media = media;
        return fields;
    }

    @Test
    void aCreatePassesTheInputTheTokenAndTheIdempotencyKey() {
        UUID photo = UUID.randomUUID();
        PostInput input = new PostInput();
        input.setText("hi @bob #Nova");
        input.setVisibility(PostVisibility.FOLLOWERS);
        input.setMediaIds(List.of(photo.toString()));

        nova.gateway.content.Post created = posts().createPost(input, "key-1");

        assertEquals(List.of("createPost " + BEARER + " key-1 " + new PostDraft("hi @bob #Nova", "followers", null, null,
                null, List.of(photo), null, null)), calls);
        assertEquals(List.of(photo.toString()), created.getMediaIds());
    }

    @Test
    void malformedInputIsRefusedFieldByFieldWithoutACall() {
        PostInput input = new PostInput();
        input.setText("hi");
        input.setMediaIds(List.of("not-an-id"));
        ApiError media = assertThrows(ApiError.class, () -> posts().createPost(input, null));
        assertEquals(ApiError.Code.VALIDATION_FAILED, media.code());
        assertEquals("mediaIds", media.fieldErrors().get(0).field());

        input.setMediaIds(null);
        input.setReplyToId("../1");
        assertEquals("replyToId", assertThrows(ApiError.class, () -> posts().createPost(input, null)).fieldErrors().get(0).field());

        input.setReplyToId(null);
        ApiError key = assertThrows(ApiError.class, () -> posts().createPost(input, "k".repeat(256)));
        assertEquals("idempotencyKey", key.fieldErrors().get(0).field());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void aMalformedIdNamesNothingAndNobodyIsCalled() {
        ApiError error = assertThrows(ApiError.class, () -> posts().post("'; drop table posts"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
        assertEquals(ApiError.Code.NOT_FOUND, assertThrows(ApiError.class,
                () -> posts().editPost("x", new PostEditInput())).code());
        assertEquals(ApiError.Code.NOT_FOUND, assertThrows(ApiError.class, () -> posts().thread("x")).code());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedAndAGoodOneIsPassedOn() {
        UUID author = UUID.randomUUID();
        for (int first : new int[] {0, 101}) {
            ApiError error = assertThrows(ApiError.class, () -> posts().postsByAuthor(author.toString(), first, null));
            assertEquals("first", error.fieldErrors().get(0).field());
        }
        PostConnection page = posts().postsByAuthor(author.toString(), 5, "cursor");

        assertEquals(List.of("postsByAuthor " + author + " cursor 5"), calls);
        assertTrue(page.getPageInfo().isHasNextPage());
        assertEquals("next", page.getPageInfo().getEndCursor());
    }

    @Test
    void postsByIdsAsksOnceForTheDistinctWellFormedOnesAndNeverForMoreThanAHundred() {
        UUID a = UUID.randomUUID();
        assertEquals(1, posts().posts(List.of(a.toString(), "junk", a.toString())).size());
        assertEquals(List.of("posts 1"), calls);
        assertEquals(List.of(), posts().posts(List.of("junk")));
        assertEquals(1, calls.size(), "an empty batch calls nobody");

        List<String> many = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).toList();
        assertEquals("ids", assertThrows(ApiError.class, () -> posts().posts(many)).fieldErrors().get(0).field());
    }

    @Test
    void aPageOfTwentyPostsCostsOneCallPerLinkedFieldNotOnePerPost() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID shared = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        List<nova.gateway.content.Post> page = IntStream.range(0, 20).mapToObj(i -> new nova.gateway.content.Post(
                aPost(UUID.randomUUID(), i % 2 == 0 ? ada : bob, List.of(shared, UUID.randomUUID()), i < 3 ? parent : null),
                requester))
                .toList();

        PostFields fields = fields();
        List<nova.gateway.profile.Profile> authors = page.stream().map(fields::author).toList();
        List<List<nova.gateway.media.Media>> attached = page.stream().map(fields::media).toList();
        List<nova.gateway.content.Post> replyTo = page.stream().map(fields::replyTo).toList();
        List<nova.gateway.content.Post> quoteOf = page.stream().map(fields::quoteOf).toList();

        assertEquals(List.of("users 2", "media 21", "posts 1"), calls, "one call per field; none when nothing to fetch");
        assertEquals(20, authors.size());
        assertEquals(ada.toString(), authors.get(0).getId());
        assertEquals(bob.toString(), authors.get(1).getId());
        assertEquals(2, attached.get(7).size());
        assertEquals(shared.toString(), attached.get(7).get(0).getId());
        assertEquals(parent.toString(), replyTo.get(2).getId());
        assertNull(replyTo.get(3));
        assertEquals(20, quoteOf.size());
        assertTrue(quoteOf.stream().allMatch(q -> q == null));

        fields.author(replyTo.get(2));
        assertEquals("users 1", calls.get(3), "a linked post's author: one more call for the next level");
    }

    @Test
    void aContextDownFailsTheLinkedFieldOnly() {
        PostFields fields = fields();
        fields.users = new UserClient() {
            @Override
            public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
                throw ApiError.unavailable("user");
            }
        };
        List<nova.gateway.content.Post> page = List.of(new nova.gateway.content.Post(
                aPost(UUID.randomUUID(), UUID.randomUUID(), List.of(), null), requester), new nova.gateway.content.Post(
                aPost(UUID.randomUUID(), UUID.randomUUID(), List.of(), null), requester));

        assertEquals(ApiError.Code.UNAVAILABLE, assertThrows(ApiError.class, () -> fields.author(page.get(0))).code());
        assertEquals(ApiError.Code.UNAVAILABLE, assertThrows(ApiError.class, () -> fields.author(page.get(1))).code(),
                "the next post's author fails alike, without calling again");
        assertEquals("hello #nova", page.get(0).getText(), "the post itself is already there");
    }

    @Test
    void theHistoryOfEachKindIsAskedOfItsOwnCall() {
        HistoryOperations history = new HistoryOperations();
        history.requesters = requesters;
        history.content = content;
        UUID id = UUID.randomUUID();

        List<nova.gateway.content.ContentVersion> versions = history.editHistory(ContentKind.ARTICLE, id.toString());

        assertEquals(List.of("articleVersions " + id), calls);
        assertEquals("Title", versions.get(0).getTitle());
        assertEquals("2026-12-06T12:00Z", versions.get(0).getAt().toString());
    }

    @Test
    void anArticleAuthorAndCoverAreOneCallEach() {
        ArticleFields fields = new ArticleFields();
        fields.users = users;
        fields.media = media;
        UUID cover = UUID.randomUUID();
        List<nova.gateway.content.Article> articles = IntStream.range(0, 5).mapToObj(i -> new nova.gateway.content.Article(
                new Article(UUID.randomUUID(), UUID.randomUUID(), "T", "t", "b", "<p>b</p>", i == 0 ? cover : null, "en",
                        "draft", "visible", AT, null, null), requester)).toList();

        assertEquals(5, articles.stream().map(fields::author).toList().size());
        List<nova.gateway.media.Media> covers = articles.stream().map(fields::cover).toList();

        assertEquals(List.of("users 5", "media 1"), calls);
        assertEquals(cover.toString(), covers.get(0).getId());
        assertNull(covers.get(1));
        assertEquals(ArticleStatus.DRAFT, articles.get(0).getStatus());
    }
}

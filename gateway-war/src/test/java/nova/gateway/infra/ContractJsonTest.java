package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.Comment;
import nova.contracts.content.Post;
import nova.contracts.content.PostPage;
import nova.contracts.media.FocalPoint;
import nova.contracts.media.Media;
import nova.contracts.media.MediaVariant;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.contracts.social.PostEngagement;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.UserProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader reads what JSON-B (Yasson, as the server has it) reads from the same answer: every field, nulls
 * and missing fields, unknown fields at any depth, nested lists; and bad JSON fails the same way (JsonbException).
 */
class ContractJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final Instant T1 = Instant.parse("2026-12-07T07:01:02.123456Z");
    private static final Instant T2 = Instant.parse("2026-12-07T08:00:00Z");

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static final Type POSTS = listOf(Post.class);
    private static final Type PROFILES = listOf(UserProfile.class);
    private static final Type MEDIA = listOf(Media.class);
    private static final Type ENGAGEMENT = listOf(PostEngagement.class);

    private static final String FULL_POST = """
            {"id":"%s","authorId":"%s","text":"hello \\"world\\" \\u00e9","visibility":"followers",
             "contentWarning":"cw","sensitive":true,"language":"en","mediaIds":["%s","%s"],"mentionIds":["%s"],
             "hashtags":["nova","java"],"replyToId":"%s","quoteOfId":"%s","conversationRootId":"%s","replyCount":7,
             "state":"visible","createdAt":"2026-12-07T07:01:02.123456Z","editedAt":"2026-12-07T08:00:00Z"}"""
            .formatted(A, B, C, D, B, C, D, A);

    @Test
    void aPostWithEveryField() {
        Post expected = new Post(A, B, "hello \"world\" é", "followers", "cw", true, "en", List.of(C, D), List.of(B),
                List.of("nova", "java"), C, D, A, 7, "visible", T1, T2);
        assertEquals(expected, both(Post.class, FULL_POST));
        assertEquals(List.of(expected, expected), both(POSTS, "[" + FULL_POST + "," + FULL_POST + "]"));
    }

    @Test
    void aPostWithNullsAndMissingFields() {
        String nulls = """
                {"id":"%s","authorId":"%s","text":null,"visibility":null,"contentWarning":null,
                 "language":null,"mediaIds":null,"mentionIds":null,"hashtags":null,"replyToId":null,"quoteOfId":null,
                 "conversationRootId":null,"state":null,"createdAt":null,"editedAt":null}"""
                .formatted(A, B);
        Post expected = new Post(A, B, null, null, null, false, null, List.of(), List.of(), List.of(), null, null, null,
                0, null, null, null);
        assertEquals(expected, both(Post.class, nulls));
        assertEquals(expected, both(Post.class, "{\"id\":\"%s\",\"authorId\":\"%s\"}".formatted(A, B)));
        assertEquals(List.of(), both(POSTS, "[]"));
        assertNull(both(Post.class, "null"));
    }

    @Test
    void unknownFieldsAreSkippedAtAnyDepth() {
        String extra = FULL_POST.replace("{\"id\"", """
                {"later":{"a":[1,{"b":[[],{}]}],"c":null},"flag":true,"n":1.5,"s":"x","arr":[{"id":"nope"}],"id\"""");
        assertEquals(both(Post.class, FULL_POST), both(Post.class, extra));
        String engagement = """
                [{"postId":"%s","likes":3,"shares":1,"likedByMe":true,"sharedByMe":false,"new":{"x":[1,2]}}]"""
                .formatted(A);
        assertEquals(List.of(new PostEngagement(A, 3, 1, true, false)), both(ENGAGEMENT, engagement));
    }

    @Test
    void profilesWithTheirLinks() {
        String json = """
                [{"id":"%s","username":"ann","displayName":"Ann","bio":"b","locale":"fr-FR","avatarMediaId":"%s",
                  "headerMediaId":"%s","links":[{"name":"site","url":"https://a.example","rel":"me"},
                  {"name":"git","url":null}],"verified":true,"status":"active",
                  "createdAt":"2026-12-07T07:01:02.123456Z","updatedAt":"2026-12-07T08:00:00Z"},
                 {"id":"%s","username":"bob","links":null}]""".formatted(A, B, C, D);
        assertEquals(List.of(
                new UserProfile(A, "ann", "Ann", "b", "fr-FR", B, C,
                        List.of(new ProfileLink("site", "https://a.example"), new ProfileLink("git", null)), true,
                        "active", T1, T2),
                new UserProfile(D, "bob", null, null, null, null, null, List.of(), false, null, null, null)),
                both(PROFILES, json));
    }

    @Test
    void mediaWithVariantsAndFocalPoint() {
        String json = """
                [{"id":"%s","ownerId":"%s","kind":"image","status":"ready","mimeType":"image/jpeg","fileName":"a.jpg",
                  "size":123456789012,"width":640,"height":480,"durationSeconds":1.25,"blurhash":"LEHV6n",
                  "focalPoint":{"x":0.5,"y":-0.25},"description":"d","visibility":"public",
                  "variants":[{"name":"small","url":"/m/s","mimeType":"image/webp","width":320,"height":240,"size":999},
                              {"name":"orig","url":"/m/o","mimeType":null,"width":null,"height":null,"size":null}],
                  "createdAt":"2026-12-07T07:01:02.123456Z","processedAt":"2026-12-07T08:00:00Z"},
                 {"id":"%s","focalPoint":null,"variants":[]}]""".formatted(A, B, C);
        assertEquals(List.of(
                new Media(A, B, "image", "ready", "image/jpeg", "a.jpg", 123456789012L, 640, 480, 1.25, "LEHV6n",
                        new FocalPoint(0.5, -0.25), "d", "public",
                        List.of(new MediaVariant("small", "/m/s", "image/webp", 320, 240, 999L),
                                new MediaVariant("orig", "/m/o", null, null, null, null)), T1, T2),
                new Media(C, null, null, null, null, null, 0, null, null, null, null, null, null, null, List.of(), null,
                        null)),
                both(MEDIA, json));
    }

    @Test
    void aFeedPageWithItsItems() {
        String json = """
                {"items":[{"postId":"%s","authorId":"%s","sharedBy":"%s","at":"2026-12-07T07:01:02.123456Z"},
                          {"postId":"%s","authorId":"%s","sharedBy":null,"at":"2026-12-07T08:00:00Z"}],
                 "nextCursor":"abc=="}""".formatted(A, B, C, D, A);
        assertEquals(new FeedPage(List.of(new FeedItem(A, B, C, T1), new FeedItem(D, A, null, T2)), "abc=="),
                both(FeedPage.class, json));
        assertEquals(new FeedPage(List.of(), null), both(FeedPage.class, "{\"items\":[],\"nextCursor\":null}"));
        assertEquals(new FeedPage(List.of(), null), both(FeedPage.class, "{}"));
    }

    @Test
    void engagementWithMissingCountsAndValuesWrittenAsStrings() {
        String json = "[{\"postId\":\"%s\",\"shares\":\"4\",\"likedByMe\":\"true\"}]".formatted(B);
        assertEquals(List.of(new PostEngagement(B, 0, 4, true, false)), both(ENGAGEMENT, json));
        assertEquals(List.of(new PostEngagement(B, 0, 0, false, false)), both(ENGAGEMENT,
                "[{\"postId\":\"%s\",\"likedByMe\":\"yes\"}]".formatted(B)));
    }

    /** Bad JSON, a wrong kind of value, a bad UUID or instant: JSON-B's exception, which the clients handle today. */
    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"id\":}", "[1,2", "{\"id\":\"not-a-uuid\"}", "{\"createdAt\":\"yesterday\"}",
        "{\"replyCount\":\"many\"}", "{\"replyCount\":null}", "{\"sensitive\":null}", "{\"sensitive\":{}}",
        "{\"mediaIds\":{}}", "[]", "\"text\""})
    void badJsonThrowsWhatJsonbThrows(String body) {
        assertThrows(JsonbException.class, () -> JSONB.fromJson(body, Post.class), "JSON-B: " + body);
        assertThrows(JsonbException.class, () -> ContractJson.read(ContractJson.POST, in(body)), "reader: " + body);
    }

    @Test
    void readsOnlyTheHotAnswersInJson() {
        ContractJson reader = new ContractJson();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertTrue(reader.isReadable(List.class, POSTS, null, json));
        assertTrue(reader.isReadable(List.class, PROFILES, null, json));
        assertTrue(reader.isReadable(List.class, MEDIA, null, json));
        assertTrue(reader.isReadable(List.class, ENGAGEMENT, null, json));
        assertTrue(reader.isReadable(Post.class, Post.class, null, json));
        assertTrue(reader.isReadable(FeedPage.class, FeedPage.class, null, json));
        assertTrue(reader.isReadable(Post.class, Post.class, null, new MediaType("application", "problem+json")));
        assertFalse(reader.isReadable(List.class, listOf(Comment.class), null, json));
        assertFalse(reader.isReadable(PostPage.class, PostPage.class, null, json));
        assertFalse(reader.isReadable(String.class, String.class, null, json));
        assertFalse(reader.isReadable(Post.class, Post.class, null, MediaType.TEXT_PLAIN_TYPE));
    }

    /** Reads {@code json} both ways, asserts both agree, and answers the reader's value. */
    private static Object both(Type type, String json) {
        Object jsonb = JSONB.fromJson(json, type);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        @SuppressWarnings("unchecked")
        Object streamed = new ContractJson().readFrom((Class<Object>) raw, type, null, MediaType.APPLICATION_JSON_TYPE,
                null, in(json));
        assertEquals(jsonb, streamed, "JSON-B and the streaming reader differ on " + json);
        return streamed;
    }

    private static ByteArrayInputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}

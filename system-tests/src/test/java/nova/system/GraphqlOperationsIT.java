package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, "tests of every operation through a real GraphQL client": the operations no other system test sent
 * through the gateway (Web Push tokens and the VAPID key, {@code deleteArticle}) are sent here with SmallRye's dynamic
 * GraphQL client ({@link Gql}), against the real contexts; and a guard that every root field of the committed SDL
 * is named in some document of the system tests, so a new operation without one fails here.
 */
class GraphqlOperationsIT {

    static final Path SDL = Path.of(System.getProperty("basedir", "."), "..", "gateway-war", "src", "main", "graphql",
            "schema.graphql");
    static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src", "test", "java", "nova", "system");
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    static final String PUSH_FIELDS = "id kind endpointOrigin createdAt lastUsedAt";
    static final String REGISTER_PUSH = "mutation registerPushToken($input: PushTokenInput!) { registerPushToken(input: $input) { "
            + PUSH_FIELDS + " } }";
    static final String PUSH_TOKENS = "query pushTokens { pushTokens { " + PUSH_FIELDS + " } }";
    static final String PUSH_PUBLIC_KEY = "query pushPublicKey { pushPublicKey }";
    static final String REMOVE_PUSH = "mutation removePushToken($id: ID!) { removePushToken(id: $id) }";
    static final String DELETE_ARTICLE = "mutation deleteArticle($id: ID!) { deleteArticle(id: $id) }";

    /** A browser's PushSubscription.toJSON(): a real P-256 public key (uncompressed point) and a 16-byte secret. */
    static Map<String, Object> subscription(String endpoint) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX(), point, 1);
        copy(key.getW().getAffineY(), point, 33);
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return Map.of("endpoint", endpoint, "p256dh", B64.encodeToString(point), "auth", B64.encodeToString(auth));
    }

    private static void copy(BigInteger coordinate, byte[] into, int at) {
        byte[] bytes = coordinate.toByteArray(); // big-endian, maybe with a sign byte or shorter than 32
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    @Test
    void pushTokensAreRegisteredListedAndRemovedByTheirOwnerOnly() throws Exception {
        Members.Member ada = Members.newcomer("pushada");
        Members.Member eve = Members.newcomer("pusheve");
        String endpoint = "https://push.example/" + UUID.randomUUID();
        Map<String, Object> browser = subscription(endpoint);

        JsonObject token = ada.execute(REGISTER_PUSH, Map.of("input", browser)).data("registerPushToken");
        assertEquals("webpush", token.getString("kind"));
        assertEquals("https://push.example", token.getString("endpointOrigin"));
        assertTrue(token.isNull("lastUsedAt"), "never used yet: " + token);
        assertFalse(token.toString().contains(endpoint), "the endpoint is never handed back");
        String id = token.getString("id");
        assertEquals(id, ada.execute(REGISTER_PUSH, Map.of("input", browser)).data("registerPushToken").getString("id"),
                "the same subscription again is the same token");

        assertEquals(List.of(id), tokenIds(ada));
        assertEquals(List.of(), tokenIds(eve), "someone else's tokens are not listed");
        ContentSystem.assertRefused(eve.execute(REMOVE_PUSH, Map.of("id", id)), "NOT_FOUND", "removePushToken");
        assertEquals(List.of(id), tokenIds(ada), "someone else's remove changed nothing");

        Gql.Result bad = ada.execute(REGISTER_PUSH, Map.of("input",
                Map.of("endpoint", "http://push.example/x", "p256dh", "bm90LWEta2V5", "auth", "c2hvcnQ")));
        ContentSystem.assertRefused(bad, "VALIDATION_FAILED", "registerPushToken");
        assertTrue(bad.fieldsInError().containsAll(List.of("endpoint", "p256dh", "auth")), bad.errors().toString());

        assertTrue(ada.execute(REMOVE_PUSH, Map.of("id", id)).response().getData().getBoolean("removePushToken"));
        assertEquals(List.of(), tokenIds(ada));
        ContentSystem.assertRefused(ada.execute(REMOVE_PUSH, Map.of("id", id)), "NOT_FOUND", "removePushToken");

        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(PUSH_TOKENS).code());
        }
    }

    private static List<String> tokenIds(Members.Member member) {
        return member.execute(PUSH_TOKENS, Map.of()).response().getData().getJsonArray("pushTokens")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
    }

    @Test
    void theVapidPublicKeyIsAP256PointForPushManagerSubscribe() throws Exception {
        Members.Member ada = Members.newcomer("vapid");
        String key = ada.execute(PUSH_PUBLIC_KEY, Map.of()).response().getData().getString("pushPublicKey");
        byte[] point = Base64.getUrlDecoder().decode(key);
        assertEquals(65, point.length, "an uncompressed P-256 point");
        assertEquals(4, point[0]);
        String configured = System.getenv("NOVA_VAPID_PUBLIC_KEY");
        if (configured != null && !configured.isBlank()) {
            assertEquals(configured, key, "the key the communication server was given");
        }
    }

    @Test
    void anArticleIsDeletedByItsAuthorOnly() throws Exception {
        Members.Member ada = Members.newcomer("artdel");
        Members.Member eve = Members.newcomer("arteve");
        String id = ada.execute(ContentSystem.CREATE_ARTICLE, Map.of("input",
                Map.of("title", "Going soon " + UUID.randomUUID(), "body", "# Short-lived\n\nnot for long")))
                .data("createArticle").getString("id");
        assertEquals("PUBLISHED", ada.execute(ContentSystem.PUBLISH_ARTICLE, Map.of("id", id)).data("publishArticle")
                .getString("status"));
        assertEquals(id, eve.execute(ContentSystem.ARTICLE, Map.of("id", id)).data("article").getString("id"));

        ContentSystem.assertRefused(eve.execute(DELETE_ARTICLE, Map.of("id", id)), "FORBIDDEN", "deleteArticle");
        assertEquals(id, eve.execute(ContentSystem.ARTICLE, Map.of("id", id)).data("article").getString("id"),
                "someone else's delete changed nothing");

        assertTrue(ada.execute(DELETE_ARTICLE, Map.of("id", id)).response().getData().getBoolean("deleteArticle"));
        ContentSystem.assertRefused(eve.execute(ContentSystem.ARTICLE, Map.of("id", id)), "NOT_FOUND", "article");
        ContentSystem.assertRefused(ada.execute(DELETE_ARTICLE, Map.of("id", id)), "NOT_FOUND", "deleteArticle");
        ContentSystem.assertRefused(ada.execute(DELETE_ARTICLE, Map.of("id", "not-an-id")), "NOT_FOUND", "deleteArticle");
    }

    static final String LINKED = """
            query linked($id: ID!, $post: ID!) {
              user(id: $id) {
                posts(first: 5) { nodes { id replies { id text author { username } } } pageInfo { hasNextPage } }
                followers(first: 5) { nodes { id username } }
                following(first: 5) { nodes { id } }
              }
              post(id: $post) { replies { id } }
            }""";

    @Test
    void aProfileHasItsPostsFollowersAndFollowingAndAPostItsReplies() throws Exception {
        Members.Member ada = SocialSystem.newcomer("linkada"); // social knows them: bob may follow ada
        Members.Member bob = SocialSystem.newcomer("linkbob");
        SocialSystem.relate(bob, SocialSystem.FOLLOW, ada);
        String root = ContentSystem.post(ada, ContentSystem.postInput("a root to answer")).getString("id");
        String reply = ContentSystem.post(bob, ContentSystem.postInput("an answer", "replyToId", root)).getString("id");
        String nested = ContentSystem.post(ada, ContentSystem.postInput("an answer to the answer", "replyToId", reply))
                .getString("id");

        Gql.Result result = bob.execute(LINKED, Map.of("id", ada.id(), "post", root));
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        JsonObject user = result.response().getData().getJsonObject("user");
        List<JsonObject> posts = user.getJsonObject("posts").getJsonArray("nodes").getValuesAs(JsonObject.class);
        assertEquals(List.of(nested, root), posts.stream().map(p -> p.getString("id")).toList(), "ada's posts, newest first");
        JsonObject answered = posts.get(1).getJsonArray("replies").getJsonObject(0);
        assertEquals(List.of(reply), posts.get(1).getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id")).toList(), "only the direct reply, not the one below it");
        assertEquals(bob.username(), answered.getJsonObject("author").getString("username"));
        assertEquals(List.of(bob.id()), user.getJsonObject("followers").getJsonArray("nodes").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("id")).toList());
        assertEquals(List.of(), user.getJsonObject("following").getJsonArray("nodes"));
        assertEquals(reply, result.response().getData().getJsonObject("post").getJsonArray("replies").getJsonObject(0)
                .getString("id"));
    }

    /** The root fields of the committed SDL's Query and Mutation types. */
    static List<String> operations(String sdl) {
        String bare = sdl.replaceAll("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"", " ");
        List<String> operations = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            Matcher type = Pattern.compile("type " + root + "\\s*\\{([^}]*)}").matcher(bare);
            assertTrue(type.find(), "the SDL has no type " + root);
            // a field starts a line at the type's indentation; its arguments may run over several deeper lines
            Matcher field = Pattern.compile("(?m)^  (\\w+)\\s*[(:]").matcher(type.group(1));
            while (field.find()) {
                operations.add(field.group(1));
            }
        }
        return operations;
    }

    @Test
    void everyOperationOfTheSchemaIsSentBySomeSystemTest() throws IOException {
        List<String> operations = operations(Files.readString(SDL));
        assertTrue(operations.containsAll(List.of("me", "feed", "register", "deleteArticle", "removePushToken")),
                "the SDL's operations as read: " + operations);
        StringBuilder documents = new StringBuilder();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // the string literals and text blocks of the tests: the documents they send
                Matcher literal = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"")
                        .matcher(Files.readString(file));
                while (literal.find()) {
                    documents.append(literal.group()).append('\n');
                }
            }
        }
        List<String> unsent = operations.stream()
                // a field: after "{" or a blank, not as an operation's own name ("query feed(...)")
                .filter(op -> !Pattern.compile("(?<!query|mutation)[{\\s]" + op + "\\s*[({}]").matcher(documents).find())
                .toList();
        assertEquals(List.of(), unsent, "operations no system test sends through the gateway");
    }
}

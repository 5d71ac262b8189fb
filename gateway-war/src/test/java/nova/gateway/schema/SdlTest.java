package nova.gateway.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compatibility rule the schema test applies to the served schema against the committed SDL. */
class SdlTest {

    private static final String BEFORE = """
            "A post"
            type Post {
              "Its text"
              text: String
              likeCount: Int
              old: String @deprecated(reason: "use text")
              replies(
                after: String,
                "how many"
                first: Int
              ): [Post!]!
            }
            type Query {
              post(id: ID!): Post
            }
            enum Visibility {
              PUBLIC
              PRIVATE
              GONE @deprecated
            }
            """;

    @Test
    void theSameSchemaBreaksNothing() {
        assertEquals(List.of(), Sdl.parse(BEFORE).breakingChangesIn(Sdl.parse(BEFORE)));
    }

    @Test
    void addingFieldsOptionalArgumentsAndTypesBreaksNothing() {
        String after = BEFORE.replace("likeCount: Int", "likeCount: Int\n  shareCount: Int")
                .replace("post(id: ID!): Post", "post(id: ID!, lang: String, version: Int! = 1): Post\n  feed: [Post]")
                + "type Extra { x: Int }\n";
        assertEquals(List.of(), Sdl.parse(BEFORE).breakingChangesIn(Sdl.parse(after)));
    }

    @Test
    void aDeprecatedFieldOrValueMayGo() {
        String after = BEFORE.replace("  old: String @deprecated(reason: \"use text\")\n", "").replace("  GONE @deprecated\n", "");
        assertEquals(List.of(), Sdl.parse(BEFORE).breakingChangesIn(Sdl.parse(after)));
    }

    @Test
    void removingOrRetypingWithoutADeprecationBreaksClients() {
        String after = BEFORE.replace("  likeCount: Int\n", "").replace("text: String", "text: String!")
                .replace("first: Int", "first: String").replace("post(id: ID!)", "post(id: ID!, lang: String!)")
                .replace("  PRIVATE\n", "");
        assertEquals(List.of("Post.likeCount was removed without @deprecated", "Post.replies(first) was retyped Int -> String",
                        "Post.text was retyped String -> String!", "Query.post(lang) is a new required argument",
                        "Visibility.PRIVATE was removed without @deprecated"),
                Sdl.parse(BEFORE).breakingChangesIn(Sdl.parse(after)).stream().sorted().toList());
    }

    @Test
    void theCommittedSdlIsReadWhole() throws Exception {
        Sdl committed = Sdl.read(Sdl.COMMITTED);
        assertTrue(committed.types.get("Query").containsKey("feed"), "Query.feed");
        assertTrue(committed.types.get("Mutation").containsKey("createPost"), "Mutation.createPost");
        assertEquals("[Media]", committed.types.get("Post").get("media").type());
        assertTrue(committed.types.size() > 50, committed.types.keySet().toString());
        assertTrue(Files.readString(Sdl.COMMITTED).contains("scalar DateTime"), "the scalars are declared");
    }

    /** Issue 21: every list that can grow is a Relay connection, with the GitHub-style {@code nodes} beside its edges. */
    @Test
    void everyConnectionIsARelayConnection() throws Exception {
        Sdl committed = Sdl.read(Sdl.COMMITTED);
        List<String> connections = committed.types.keySet().stream().filter(t -> t.endsWith("Connection")).toList();
        assertTrue(connections.size() >= 10, connections.toString());
        for (String connection : connections) {
            var fields = committed.types.get(connection);
            String node = fields.get("nodes").type().replaceAll("^\\[(\\w+)!]!$", "$1");
            assertEquals("[" + node + "!]!", fields.get("nodes").type(), connection + ".nodes");
            assertEquals("[" + node + "Edge!]!", fields.get("edges").type(), connection + ".edges");
            var edge = committed.types.get(node + "Edge");
            assertEquals("String!", edge.get("cursor").type(), node + "Edge.cursor");
            assertEquals(node + "!", edge.get("node").type(), node + "Edge.node");
            var pageInfo = committed.types.get(fields.get("pageInfo").type().replace("!", ""));
            assertEquals("String", pageInfo.get("startCursor").type(), connection + " startCursor");
            assertEquals("String", pageInfo.get("endCursor").type(), connection + " endCursor");
            assertEquals("Boolean!", pageInfo.get("hasNextPage").type(), connection + " hasNextPage");
            assertEquals("Boolean!", pageInfo.get("hasPreviousPage").type(), connection + " hasPreviousPage");
        }
    }
}

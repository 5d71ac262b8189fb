package nova.contracts.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The batch entry of {@code GET /posts/replies} reads as the gateway's client binds it (JSON-B), with or without its cursor. */
class PostRepliesJsonTest {

    @Test
    void anEntryReadsWithItsCursorAndAsAnOlderContentWroteIt() throws Exception {
        UUID post = UUID.randomUUID();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            PostReplies entry = new PostReplies(post, List.of(), true, "MTIzXzQ");
            assertEquals(entry, jsonb.fromJson(jsonb.toJson(entry), PostReplies.class));
            PostReplies older = jsonb.fromJson("{\"postId\":\"" + post + "\",\"items\":[],\"more\":false}",
                    PostReplies.class);
            assertEquals(post, older.postId());
            assertFalse(older.more());
            assertNull(older.nextCursor());
        }
    }
}

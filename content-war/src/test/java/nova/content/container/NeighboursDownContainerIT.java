package nova.content.container;

import static nova.content.container.ContentClient.json;
import static nova.content.container.ContentClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.InContainer;
import nova.testsupport.StubContext;
import nova.testsupport.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the user or the media context down (nothing listening on its port), a create answers 503
 * {@code unavailable} and writes nothing; reads keep working.
 */
@InContainer
class NeighboursDownContainerIT {

    static Tokens tokens;

    final Database content = Database.of("content");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playIdentityOnly() throws Exception {
        tokens = new Tokens().servedAsIdentity();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
    }

    ContentClient member() {
        return ContentClient.member(tokens, "dn" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void withTheUserContextDownCreatesAre503AndWriteNothingWhileReadsWork() {
        ContentClient author = member();
        UUID existing = UUID.randomUUID();
        content.execute("""
                INSERT INTO posts (id, author_id, text, visibility, conversation_root_id, created_at)
                VALUES (?, ?, 'written before', 'public', ?, now())""", existing, author.id(), existing);

        HttpResponse<String> post = author.post("/posts", Json.createObjectBuilder().add("text", "now?").build());
        HttpResponse<String> article = author.post("/articles", Json.createObjectBuilder().add("title", "t").add("body", "b").build());
        HttpResponse<String> comment = author.post("/comments", Json.createObjectBuilder().add("targetType", "post")
                .add("targetId", existing.toString()).add("text", "hi").build());

        for (HttpResponse<String> refused : List.of(post, article, comment)) {
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("unavailable", problem(refused));
        }
        assertEquals(1, content.count("SELECT count(*) FROM posts WHERE author_id = ?", author.id()));
        assertEquals(0, content.count("SELECT count(*) FROM articles WHERE author_id = ?", author.id()));
        assertEquals(0, content.count("SELECT count(*) FROM comments WHERE author_id = ?", author.id()));
        assertEquals(0, content.count("SELECT count(*) FROM outbox_events WHERE payload->'data'->>'authorId' = ?",
                author.id().toString()));

        HttpResponse<String> read = member().get("/posts/" + existing);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("written before", json(read).getString("text"));
        assertEquals(1, json(member().get("/posts/by-author/" + author.id())).getJsonArray("items").size());
    }

    @Test
    void withTheMediaContextDownAPostWithMediaIs503AndOneWithoutIsWritten() throws Exception {
        ContentClient author = member();
        try (StubContext user = PlayedContexts.user()) {
            PlayedContexts.accountIs(user, "active");
            PlayedContexts.knownMembers(user, List.of());

            HttpResponse<String> withMedia = author.post("/posts", Json.createObjectBuilder().add("text", "look")
                    .add("mediaIds", Json.createArrayBuilder().add(UUID.randomUUID().toString())).build());
            assertEquals(503, withMedia.statusCode(), withMedia.body());
            assertEquals("unavailable", problem(withMedia));
            assertEquals(0, content.count("SELECT count(*) FROM posts WHERE author_id = ?", author.id()));

            HttpResponse<String> plain = author.post("/posts", Json.createObjectBuilder().add("text", "words only").build());
            assertEquals(201, plain.statusCode(), plain.body());
        }
    }
}

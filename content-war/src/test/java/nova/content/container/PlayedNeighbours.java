package nova.content.container;

import java.util.List;
import java.util.UUID;
import nova.testsupport.Database;
import nova.testsupport.Deployments;
import nova.testsupport.StubContext;
import nova.testsupport.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What content's in-container tests of posts, articles and comments share: the WAR deployed alone, identity's keys
 * served by {@link Tokens}, the user and media contexts played by {@link StubContext} (every member active, none
 * known), content's own database, and members calling content as themselves.
 */
abstract class PlayedNeighbours {

    static Tokens tokens;
    static StubContext user;
    static StubContext media;

    final Database content = Database.of("content");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void playTheNeighbours() throws Exception {
        tokens = new Tokens().servedAsIdentity();
        user = PlayedContexts.user();
        media = PlayedContexts.media();
    }

    @AfterAll
    static void stopPlaying() {
        tokens.close();
        user.close();
        media.close();
    }

    @BeforeEach
    void everyoneIsActive() {
        user.reset();
        media.reset();
        PlayedContexts.accountIs(user, "active");
        PlayedContexts.knownMembers(user, List.of());
    }

    ContentClient member(String prefix) {
        return ContentClient.member(tokens, prefix + UUID.randomUUID().toString().substring(0, 6));
    }
}

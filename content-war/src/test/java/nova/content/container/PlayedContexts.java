package nova.content.container;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.testsupport.StubContext;
import nova.testsupport.Tokens;

/**
 * What content calls, played by the tests on the ports the build gave the server (nova.it.env.*): identity's keys
 * (test-support's {@link Tokens}), the user context ({@code /users/me/status}, {@code /users/by-usernames}) and the
 * media context ({@code /media/attachments}). Only the answers content asks for; the real contexts are exercised
 * together in the system tests.
 */
final class PlayedContexts {

    private PlayedContexts() {
    }

    static StubContext user() throws IOException {
        return StubContext.playing("NOVA_USER_URL");
    }

    static StubContext media() throws IOException {
        return StubContext.playing("NOVA_MEDIA_URL");
    }

    /** The caller's account is in {@code status} ({@code active}, {@code banned}, ...). */
    static void accountIs(StubContext user, String status) {
        user.answerJson("GET", "/users/me/status", 200,
                Json.createObjectBuilder().add("userId", UUID.randomUUID().toString()).add("status", status).build()
                        .toString());
    }

    /** {@code /users/by-usernames} knows these members (whatever names are asked, as a lookup of all of them). */
    static void knownMembers(StubContext user, Collection<ContentClient> members) {
        JsonArrayBuilder profiles = Json.createArrayBuilder();
        for (ContentClient member : members) {
            profiles.add(Json.createObjectBuilder().add("id", member.id().toString()).add("username", member.username())
                    .add("displayName", member.username()).add("verified", true).add("status", "active")
                    .add("links", Json.createArrayBuilder()));
        }
        user.answerJson("GET", "/users/by-usernames", 200, profiles.build().toString());
    }

    /** {@code /media/attachments} answers this report. */
    static void attachments(StubContext media, List<UUID> ready, List<UUID> notReady, List<UUID> notOwned) {
        media.answerJson("GET", "/media/attachments", 200, Json.createObjectBuilder()
                .add("ready", ids(ready)).add("notReady", ids(notReady)).add("notOwned", ids(notOwned)).build().toString());
    }

    private static JsonArrayBuilder ids(List<UUID> ids) {
        return Json.createArrayBuilder(ids.stream().map(UUID::toString).collect(Collectors.toList()));
    }
}

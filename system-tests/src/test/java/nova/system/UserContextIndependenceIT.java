package nova.system;

import static nova.system.FirstJourneyIT.PASSWORD;
import static nova.system.FirstJourneyIT.awaitProfile;
import static nova.system.FirstJourneyIT.login;
import static nova.system.FirstJourneyIT.newcomer;
import static nova.system.FirstJourneyIT.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * identity does not need the user context to work: with user-war's server stopped, newcomers
 * still register and log in; when it comes back, every profile registered meanwhile appears.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it stops the user context
@Isolated
class UserContextIndependenceIT {

    @Test
    void registrationsWhileTheUserContextIsDownAppearWhenItReturns() throws Exception {
        List<Map<String, Object>> newcomers = new ArrayList<>();
        List<JsonObject> tokens = new ArrayList<>();
        try (Gql gql = Gql.anonymous()) {
            Backbone.whileStopped("user", () -> {
                for (int i = 0; i < 5; i++) {
                    Map<String, Object> input = newcomer("offline" + i);
                    register(gql, input);
                    newcomers.add(input);
                    tokens.add(login(gql, (String) input.get("username"), PASSWORD));
                }
                // the gateway says honestly that profiles are unavailable, it does not invent one
                try (Gql me = Gql.bearer(tokens.get(0).getString("accessToken"))) {
                    assertEquals(Optional.of("UNAVAILABLE"), me.execute(FirstJourneyIT.ME).code());
                }
            });
        }
        for (int i = 0; i < newcomers.size(); i++) {
            JsonObject profile = awaitProfile(tokens.get(i).getString("accessToken"), Duration.ofSeconds(120));
            assertEquals(newcomers.get(i).get("username"), profile.getString("username"));
        }
    }

}

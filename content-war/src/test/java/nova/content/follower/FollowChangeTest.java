package nova.content.follower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** social's follow events as content reads them, by field name (nova.contracts.social's FollowCreated/FollowRemoved). */
class FollowChangeTest {

    @Test
    void aFollowEventGivesFollowerFolloweeAndWhen() {
        UUID follower = UUID.randomUUID();
        UUID followee = UUID.randomUUID();
        var data = Json.createObjectBuilder().add("followerId", follower.toString()).add("followeeId", followee.toString())
                .add("cause", "unfollow").add("at", "2026-12-06T12:00:00Z").build();

        FollowerProjection.FollowChange change = FollowerProjection.FollowChange.of(data, Instant.EPOCH);

        assertEquals(new FollowerProjection.FollowChange(follower, followee, Instant.parse("2026-12-06T12:00:00Z")), change);
    }

    @Test
    void anEventWithoutBothIdsIsUnreadable() {
        var data = Json.createObjectBuilder().add("followerId", UUID.randomUUID().toString()).build();
        assertThrows(IllegalArgumentException.class, () -> FollowerProjection.FollowChange.of(data, Instant.EPOCH));
    }
}

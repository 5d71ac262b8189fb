package nova.contracts.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** The social events as consumers (content, communication, search) read them. */
class SocialEventsTest {

    static final UUID A = UUID.fromString("7d1e2f3a-4b5c-4d6e-8f70-0123456789ab");
    static final UUID B = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant AT = Instant.parse("2026-12-06T18:00:00Z");

    @Test
    void aRelationshipEventIsKeyedByTheActorAndTheKeyIsNotPartOfThePayload() {
        FollowCreated follow = new FollowCreated(A, B, AT);

        JsonObject written = EventJson.toJson(follow);

        assertEquals(A.toString(), follow.aggregateId());
        assertEquals("relationship", follow.aggregateType());
        assertFalse(written.containsKey("actorId"));
        assertEquals(follow, EventJson.fromJson(written, FollowCreated.class));
        assertEquals(B.toString(), new BlockCreated(B, A, AT).aggregateId());
    }

    @Test
    void aRemovalSaysWhyAndRefusesAnUnknownCause() {
        FollowRemoved removed = new FollowRemoved(A, B, "block", AT);

        assertEquals(removed, EventJson.fromJson(EventJson.toJson(removed), FollowRemoved.class));
        assertThrows(IllegalArgumentException.class, () -> new FollowRemoved(A, B, "bored", AT));
    }

    @Test
    void engagementAndFeedEventsAreKeyedByThePost() {
        LikeCreated like = new LikeCreated(A, B, B, AT);
        FeedUpdated feed = new FeedUpdated(A, B, null, 3, AT);

        assertEquals(A.toString(), like.aggregateId());
        assertEquals("social.like.created", like.type());
        assertEquals(like, EventJson.fromJson(EventJson.toJson(like), LikeCreated.class));
        assertEquals(A.toString(), feed.aggregateId());
        assertEquals(feed, EventJson.fromJson(EventJson.toJson(feed), FeedUpdated.class));
    }
}

package nova.social.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.Relationship;
import nova.social.relationship.Tie.Kind;
import org.junit.jupiter.api.Test;

class RelationshipQueriesTest {

    static final UUID ME = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final Instant NOW = Instant.now();

    @Test
    void myTiesSayWhatIDoAndOnlyTheirFollowSaysWhatTheyDo() {
        List<Tie> ties = List.of(new Tie(ME, OTHER, Kind.request, NOW), new Tie(ME, OTHER, Kind.mute, NOW),
                new Tie(OTHER, ME, Kind.follow, NOW), new Tie(OTHER, ME, Kind.mute, NOW),
                new Tie(ME, UUID.randomUUID(), Kind.block, NOW));

        assertEquals(new Relationship(OTHER, false, true, true, false, true), RelationshipQueries.of(ME, OTHER, ties));
    }

    @Test
    void noTiesIsNoRelationship() {
        assertEquals(new Relationship(OTHER, false, false, false, false, false), RelationshipQueries.of(ME, OTHER, List.of()));
    }
}

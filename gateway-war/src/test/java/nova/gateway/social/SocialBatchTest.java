package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.ApiError;
import nova.gateway.profile.Profile;
import org.junit.jupiter.api.Test;

class SocialBatchTest {

    private final FakeSocial social = new FakeSocial();

    private SocialBatch batch() {
        SocialBatch batch = new SocialBatch();
        batch.social = social;
        batch.caller = FakeSocial.caller("Bearer t");
        batch.requesters = new nova.gateway.infra.Requesters() {
            private final nova.gateway.infra.Requester requester =
                    new nova.gateway.infra.Requester("Bearer t", new nova.gateway.infra.ThrownErrors());

            @Override
            public nova.gateway.infra.Requester current() {
                return requester;
            }
        };
        return batch;
    }

    private static List<UUID> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    static Profile profile(UUID id) {
        return new Profile(new UserProfile(id, "u" + id.toString().substring(0, 8), null, null, "en", null, null,
                List.of(), false, "active", Instant.parse("2026-12-06T12:00:00Z"), null));
    }

    @Test
    void everyFieldOfTwentyPeopleCostsOneCall() {
        SocialBatch batch = batch();
        List<UUID> posts = ids(20);

        // the same list asked four times (four fields): one call
        for (int field = 0; field < 4; field++) {
            assertEquals(20, batch.counts(posts).size());
        }

        assertEquals(List.of("counts"), social.calls);
        assertEquals(posts, social.batches.get(0));
    }

    @Test
    void answersComeInTheOrderAskedAndAPostAskedTwiceIsAskedOfSocialOnce() {
        SocialBatch batch = batch();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        var answers = batch.counts(List.of(b, a, b));

        assertEquals(List.of(b, a, b), answers.stream().map(e -> e.userId()).toList());
        assertEquals(FakeSocial.likes(a), answers.get(1).followers());
        assertEquals(List.of(List.of(b, a)), social.batches);
    }

    @Test
    void moreThanSocialTakesAtOnceIsAskedInChunksOfAHundred() {
        List<UUID> posts = ids(250);

        batch().counts(posts);

        assertEquals(List.of(100, 100, 50), social.batches.stream().map(List::size).toList());
        List<UUID> asked = new ArrayList<>();
        social.batches.forEach(asked::addAll);
        assertEquals(posts, asked);
    }

    @Test
    void onlyIdsNotAskedBeforeAreFetchedAndOnesSocialLeavesOutAreNullWithoutAskingAgain() {
        SocialBatch batch = batch();
        UUID left = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        social.answersFor = id -> !id.equals(left);

        assertNull(batch.relationships(List.of(left, kept)).get(0));
        UUID later = UUID.randomUUID();
        var again = batch.relationships(List.of(kept, left, later));

        assertEquals(kept, again.get(0).userId());
        assertNull(again.get(1));
        assertEquals(List.of(List.of(left, kept), List.of(later)), social.batches);
    }

    @Test
    void aFailureReachesEveryFieldOfTheBatchWithoutCallingTheContextAgain() {
        SocialBatch batch = batch();
        social.failure = ApiError.unavailable("social");
        List<UUID> posts = ids(3);

        ApiError first = assertThrows(ApiError.class, () -> batch.counts(posts));
        ApiError second = assertThrows(ApiError.class, () -> batch.counts(posts));

        assertSame(first, second);
        assertEquals(ApiError.Code.UNAVAILABLE, second.code());
        assertEquals(1, social.calls.size());
    }

    @Test
    void withoutATokenNobodyIsCalled() {
        SocialBatch batch = new SocialBatch();
        batch.social = social;
        batch.caller = FakeSocial.caller(null);

        ApiError error = assertThrows(ApiError.class, () -> batch.counts(ids(2)));

        assertEquals(ApiError.Code.UNAUTHENTICATED, error.code());
        assertEquals(List.of(), social.calls);
    }

    @Test
    void aProfilesCountsAndRelationshipCostOneCallEachForAWholePage() {
        ProfileSocialFields fields = new ProfileSocialFields();
        fields.batch = batch();
        List<UUID> people = ids(20);
        List<Profile> profiles = people.stream().map(SocialBatchTest::profile).toList();

        fields.batch.expectPeople(people); // what a page of people (followers, likers, ...) tells the batch
        List<Integer> followers = profiles.stream().map(fields::followerCount).toList();
        List<Integer> following = profiles.stream().map(fields::followingCount).toList();
        List<Relationship> relationships = profiles.stream().map(fields::relationship).toList();

        assertEquals((int) FakeSocial.likes(people.get(3)), followers.get(3));
        assertEquals(7, following.get(19));
        assertEquals(people.get(5).toString(), relationships.get(5).getUserId());
        assertEquals(true, relationships.get(5).isMuting());
        assertEquals(List.of("counts", "relationships"), social.calls);
    }
}

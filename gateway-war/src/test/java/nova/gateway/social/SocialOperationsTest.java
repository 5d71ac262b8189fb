package nova.gateway.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.Account;
import nova.contracts.social.AccountPage;
import nova.contracts.user.UserProfile;
import nova.gateway.infra.ApiError;
import nova.gateway.profile.UserClient;
import org.junit.jupiter.api.Test;

class SocialOperationsTest {

    private final FakeSocial social = new FakeSocial();
    private final List<List<UUID>> userCalls = new ArrayList<>();
    private final List<UUID> deleted = new ArrayList<>();

    private final UserClient users = new UserClient() {
        @Override
        public List<UserProfile> byIds(String authorization, Collection<UUID> ids) {
            userCalls.add(List.copyOf(ids));
            // the user context answers in its own order: the gateway must put them back in the page's
            return ids.stream().filter(id -> !deleted.contains(id)).sorted()
                    .map(id -> SocialBatchTest.profile(id)).map(SocialOperationsTest::contract).toList();
        }
    };

    private static UserProfile contract(nova.gateway.profile.Profile profile) {
        return new UserProfile(UUID.fromString(profile.getId()), profile.getUsername(), null, null, "en", null, null,
                List.of(), false, "active", Instant.parse("2026-12-06T12:00:00Z"), null);
    }

    private RelationshipOperations operations(String authorization) {
        RelationshipOperations operations = new RelationshipOperations();
        operations.social = social;
        operations.caller = FakeSocial.caller(authorization);
        operations.people = new People();
        operations.people.users = users;
        operations.people.batch = new SocialBatch();
        operations.people.batch.social = social;
        operations.people.batch.caller = FakeSocial.caller(authorization);
        return operations;
    }

    @Test
    void aPageOfFollowersIsHydratedWithOneUserCallInThePagesOrderLeavingOutDeletedAccounts() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(new Account(UUID.randomUUID(), Instant.parse("2026-12-06T12:00:00Z").minusSeconds(i)));
        }
        deleted.add(accounts.get(4).userId());
        social.accounts = new AccountPage(accounts, "next");

        ProfileConnection page = operations("Bearer t").followers(UUID.randomUUID().toString(), 20, null);

        assertEquals(1, userCalls.size());
        assertEquals(20, userCalls.get(0).size());
        List<String> expected = accounts.stream().map(a -> a.userId()).filter(id -> !deleted.contains(id))
                .map(UUID::toString).toList();
        assertEquals(expected, page.getNodes().stream().map(p -> p.getId()).toList());
        assertTrue(page.getPageInfo().isHasNextPage());
        assertEquals("next", page.getPageInfo().getEndCursor());
    }

    @Test
    void anEmptyPageCallsNoOneButSocial() {
        ProfileConnection page = operations("Bearer t").followers(UUID.randomUUID().toString(), null, null);

        assertEquals(List.of(), page.getNodes());
        assertFalse(page.getPageInfo().isHasNextPage());
        assertNull(page.getPageInfo().getEndCursor());
        assertEquals(List.of(), userCalls);
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedWithoutACall() {
        for (int first : new int[] {0, -1, 101}) {
            ApiError error = assertThrows(ApiError.class,
                    () -> operations("Bearer t").followers(UUID.randomUUID().toString(), first, null));
            assertEquals(ApiError.Code.VALIDATION_FAILED, error.code());
            assertEquals("first", error.fieldErrors().get(0).field());
        }
        assertEquals(List.of(), social.calls);
    }

    @Test
    void aMalformedUserIdIsNotFoundWithoutACall() {
        ApiError error = assertThrows(ApiError.class, () -> operations("Bearer t").follow("../x"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
        assertEquals(List.of(), social.calls);
    }

    @Test
    void withoutATokenNothingIsCalled() {
        ApiError error = assertThrows(ApiError.class, () -> operations(null).follow(UUID.randomUUID().toString()));
        assertEquals(ApiError.Code.UNAUTHENTICATED, error.code());
        assertEquals(List.of(), social.calls);
    }

    @Test
    void aMalformedPostIdIsNotFound() {
        ApiError error = assertThrows(ApiError.class, () -> Arguments.postId("1 or 1=1"));
        assertEquals(ApiError.Code.NOT_FOUND, error.code());
    }

    @Test
    void aRelationshipShowsEachSide() {
        UUID other = UUID.randomUUID();
        Relationship relationship = operations("Bearer t").relationship(other.toString());
        assertEquals(other.toString(), relationship.getUserId());
        assertTrue(relationship.isFollowing());
        assertTrue(relationship.isMuting());
        assertFalse(relationship.isBlocking());
        assertEquals(List.of(List.of(other)), social.batches);
    }

    @Test
    void aCountThatDoesNotFitAnIntIsAFaultNotARoundedValue() {
        assertEquals(5, Counts.of(5L));
        assertThrows(ArithmeticException.class, () -> Counts.of(1L << 31));
    }
}

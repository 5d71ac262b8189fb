package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the held-back check looks for others' rows (the SQL itself runs against PostgreSQL in the system tests). */
class OutboxClaimTest {

    @Test
    void othersAreLookedForBelowTheUnbrokenRunOfNumbersThisRelayHoldsUpToTheClaimsHighest() {
        // an earlier batch sending 1..3, this claim 4..6: nobody else can hold a row between 1 and 6
        assertEquals(1, OutboxClaim.unbrokenFrom(new Long[] {4L, 5L, 6L, 1L, 2L, 3L}, 6));
    }

    @Test
    void aGapInTheNumbersIsWhereAnotherRowMayBe() {
        // 3 is not this relay's: held by another replica, or committed late; the check looks below 4
        assertEquals(4, OutboxClaim.unbrokenFrom(new Long[] {4L, 5L, 6L, 1L, 2L}, 6));
        assertEquals(6, OutboxClaim.unbrokenFrom(new Long[] {6L, 1L, 2L, 3L, 4L}, 6));
    }

    @Test
    void rowsAboveTheClaimsHighestDoNotCount() {
        assertEquals(2, OutboxClaim.unbrokenFrom(new Long[] {2L, 3L, 9L, 10L}, 3));
    }
}

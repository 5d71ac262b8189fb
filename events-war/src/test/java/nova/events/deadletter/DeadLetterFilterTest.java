package nova.events.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class DeadLetterFilterTest {

    @Test
    void theErrorTextIsMatchedLiterallyInAnyCase() {
        DeadLetterFilter filter = new DeadLetterFilter(null, null, null, null, null, "100% Of_It\\");
        assertEquals("%100\\% of\\_it\\\\%", filter.errorPattern());
    }

    @Test
    void aBulkCallMustNarrowBeyondTheStatus() {
        assertFalse(new DeadLetterFilter("pending", null, null, null, null, null).narrows());
        assertTrue(new DeadLetterFilter(null, null, "nova.social.posts", null, null, null).narrows());
        assertTrue(DeadLetterResource.filter(null, " ", null, null, null, "boom").narrows());
        assertFalse(DeadLetterResource.filter(null, " ", "", null, "", "  ").narrows(), "blank is no filter");
        assertThrows(Rejection.class, () -> DeadLetterResource.filter(null, null, null, "yesterday", null, null));
    }
}

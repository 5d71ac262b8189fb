package nova.social.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aBatchKeepsTheOrderAskedWithoutRepeats() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertEquals(List.of(b, a), Ids.list(" " + b + "," + a + ",," + b));
    }

    @Test
    void anEmptyOversizedOrMalformedBatchIsInvalidInputOnIds() {
        String tooMany = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining(","));
        for (String ids : new String[] {null, "", "1-2-3-4-5", tooMany}) {
            Rejection refused = assertThrows(Rejection.class, () -> Ids.list(ids));
            assertEquals("ids", refused.errors().get(0).field());
        }
    }

    @Test
    void onlyTheCanonicalFormIsAnId() {
        assertTrue(Ids.parse("1-2-3-4-5").isEmpty());
        assertEquals(404, assertThrows(Rejection.class, () -> Ids.path("x", "user")).problem().status());
    }
}

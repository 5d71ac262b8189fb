package nova.gateway.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {

    /** A fake context that knows every key but "unknown", and records each call. */
    private final List<List<String>> calls = new ArrayList<>();
    private final Function<List<String>, List<String>> fetch = keys -> {
        calls.add(List.copyOf(keys));
        return keys.stream().filter(k -> !k.equals("unknown")).map(k -> "value of " + k).toList();
    };

    @Test
    void oneCallForEveryElementEachKeyAskedOnceAnsweredInTheElementsOrder() {
        List<String> answer = Batches.resolve(Arrays.asList("b", "a", "b", null, "unknown", "a"), 100, fetch,
                v -> v.substring("value of ".length()));

        assertEquals(List.of(List.of("b", "a", "unknown")), calls);
        assertEquals(Arrays.asList("value of b", "value of a", "value of b", null, null, "value of a"), answer);
    }

    @Test
    void moreKeysThanOneCallTakesAreAskedInChunks() {
        List<String> keys = IntStream.range(0, 250).mapToObj(i -> "k" + i).toList();

        List<String> answer = Batches.resolve(keys, 100, fetch, v -> v.substring("value of ".length()));

        assertEquals(List.of(100, 100, 50), calls.stream().map(List::size).toList());
        assertEquals("value of k249", answer.get(249));
    }

    @Test
    void nothingToFetchCallsNobody() {
        assertEquals(Arrays.asList(null, null), Batches.resolve(Arrays.asList(null, null), 100, fetch, v -> v));
        assertEquals(List.of(List.of(), List.of()), Batches.resolveAll(List.of(List.of(), List.of()), 100, fetch, v -> v));
        assertTrue(calls.isEmpty());
    }

    @Test
    void severalKeysPerElementAreOneCallTooAndUnknownOnesAreLeftOut() {
        List<List<String>> answer = Batches.resolveAll(List.of(List.of("a", "b"), List.of(), List.of("unknown", "a")),
                100, fetch, v -> v.substring("value of ".length()));

        assertEquals(List.of(List.of("a", "b", "unknown")), calls);
        assertEquals(List.of(List.of("value of a", "value of b"), List.of(), List.of("value of a")), answer);
    }
}

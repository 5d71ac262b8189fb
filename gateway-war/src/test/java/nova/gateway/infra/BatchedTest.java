package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one batching mechanism, and fetching ahead on another thread ({@link Batched#prefetch}). */
class BatchedTest {

    record Answer(UUID id) {
    }

    private final List<List<UUID>> calls = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private List<Answer> fetch(List<UUID> ids) {
        calls.add(List.copyOf(ids));
        return ids.stream().map(Answer::new).toList();
    }

    private <T> CompletionStage<T> elsewhere(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    @Test
    void eachIdIsAskedOnceWithEveryIdKnownToBeWanted() {
        Batched<Answer> batched = new Batched<>(Answer::id, 100);
        List<UUID> ids = ids(5);
        for (UUID id : ids) {
            assertEquals(id, batched.get(id, () -> ids, this::fetch).id());
        }
        assertEquals(List.of(ids), calls, "one call for all five");
        assertNull(batched.get(null, () -> ids, this::fetch));
    }

    @Test
    void aPrefetchIsTheOnlyCallAndTheFieldsWaitForIt() throws Exception {
        Batched<Answer> batched = new Batched<>(Answer::id, 100);
        List<UUID> ids = ids(20);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<UUID>, List<Answer>> slow = chunk -> {
            try {
                assertTrue(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return fetch(chunk);
        };
        batched.prefetch(ids, slow, this::elsewhere);
        CompletableFuture<Answer> field = CompletableFuture.supplyAsync(() -> batched.get(ids.get(3), () -> ids, this::fetch));
        release.countDown();
        assertEquals(ids.get(3), field.get(10, TimeUnit.SECONDS).id());
        for (UUID id : ids) {
            assertEquals(id, batched.get(id, () -> ids, this::fetch).id());
        }
        assertEquals(ids, batched.getAll(ids, this::fetch).stream().map(Answer::id).toList());
        assertEquals(List.of(ids), calls, "the prefetch was the one call: no field asked again");
    }

    @Test
    void aPrefetchAsksOnlyWhatIsNotKnownAndKeepsToTheLimitPerCall() {
        Batched<Answer> batched = new Batched<>(Answer::id, 3);
        List<UUID> ids = ids(7);
        batched.get(ids.get(0), List::of, this::fetch);
        calls.clear();
        batched.prefetch(ids, this::fetch, this::elsewhere);
        batched.getAll(ids, this::fetch);
        // the two calls run side by side elsewhere: which one is recorded first is not the prefetch's to decide
        assertEquals(2, calls.size(), calls::toString);
        assertEquals(Set.of(ids.subList(1, 4), ids.subList(4, 7)), Set.copyOf(calls));
    }

    @Test
    void aFailedPrefetchFailsTheFieldsWithItsErrorWithoutCallingAgain() {
        Batched<Answer> batched = new Batched<>(Answer::id, 100);
        List<UUID> ids = ids(3);
        ApiError down = ApiError.unavailable("media");
        batched.prefetch(ids, chunk -> {
            calls.add(chunk);
            throw down;
        }, this::elsewhere);
        assertSame(down, assertThrows(ApiError.class, () -> batched.get(ids.get(0), () -> ids, this::fetch)));
        assertSame(down, assertThrows(ApiError.class, () -> batched.get(ids.get(1), () -> ids, this::fetch)));
        assertEquals(1, calls.size(), "the context that failed is not called again");
    }

    @Test
    void aPrefetchRefusedBeforeItRunsIsMadeByTheFirstFieldThatNeedsIt() {
        Batched<Answer> batched = new Batched<>(Answer::id, 100);
        List<UUID> ids = ids(2);
        batched.prefetch(ids, this::fetch, work -> {
            throw new IllegalStateException("no thread");
        });
        assertEquals(ids.get(0), batched.get(ids.get(0), () -> ids, this::fetch).id());
        assertEquals(ids.get(1), batched.get(ids.get(1), () -> ids, this::fetch).id());
        assertEquals(List.of(ids), calls, "one call, made by the field");
    }

    /**
     * The server's executor has not come to the prefetch yet (busy with other requests, whose threads may be waiting
     * themselves): the field does not wait for it but makes the call on its own thread; the other thread, when it
     * comes, finds nothing to do. Still one call.
     */
    @Test
    void aFieldNeverWaitsForAPrefetchThatHasNotBegun() {
        Batched<Answer> batched = new Batched<>(Answer::id, 100);
        List<UUID> ids = ids(3);
        List<Supplier<?>> queued = new ArrayList<>();
        batched.prefetch(ids, this::fetch, work -> {
            queued.add(work);
            return new CompletableFuture<>(); // never run by anyone but this test
        });
        assertEquals(ids.get(2), batched.get(ids.get(2), () -> ids, this::fetch).id());
        queued.forEach(Supplier::get); // the executor comes at last
        assertEquals(ids, batched.getAll(ids, this::fetch).stream().map(Answer::id).toList());
        assertEquals(List.of(ids), calls, "one call, made by the field; the late thread made none");
    }
}

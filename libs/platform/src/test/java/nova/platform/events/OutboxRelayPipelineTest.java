package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nova.platform.events.RelayPipeline.Turns;
import nova.platform.events.OutboxRelay.RelayFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The turns that keep a pipelined relay as safe as one batch at a time: claims in batch order,
 * verdicts in batch order, nothing claimed or marked after a failure. (The SQL is exercised against
 * PostgreSQL by the system tests and perf/events.)
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class OutboxRelayPipelineTest {

    static final RelayFailedException NO_ACK = new RelayFailedException(new IllegalStateException("no ack"));

    @Test
    void batchesClaimOneAfterAnotherWhateverWorkerRunsThem() throws Exception {
        Turns pipeline = new Turns(() -> true);
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            assertTrue(pipeline.awaitClaimTurn(1));
            order.add(1);
            pipeline.claimed(1, List.of(), false);
        });

        assertTrue(pipeline.awaitClaimTurn(0));
        Thread.sleep(50); // batch 1 is waiting, and must still be
        order.add(0);
        pipeline.claimed(0, List.of(), false);
        second.get(5, TimeUnit.SECONDS);

        assertEquals(List.of(0, 1), order);
    }

    @Test
    void theRowsOfEarlierBatchesArePassedOverUntilTheyFinishAndCountAsSendingOnceHandedOver() {
        Turns pipeline = new Turns(() -> true);
        assertTrue(pipeline.awaitClaimTurn(0));
        assertArrayEquals(new Long[0], pipeline.passOver());
        pipeline.claimed(0, List.of(1L, 2L, 3L), false);

        assertTrue(pipeline.awaitClaimTurn(1));
        assertArrayEquals(new Long[] {1L, 2L, 3L}, sorted(pipeline.passOver()), "locked, not yet handed over");
        assertArrayEquals(new Long[0], pipeline.sending(), "nothing handed over yet");
        pipeline.claimed(1, List.of(4L), false);

        assertTrue(pipeline.awaitSendTurn(0));
        pipeline.sent(0, List.of(1L, 2L, 3L), List.of(1L, 2L)); // 3 held back: not sending, not passed over
        assertArrayEquals(new Long[] {1L, 2L}, sorted(pipeline.sending()));
        assertArrayEquals(new Long[] {1L, 2L, 4L}, sorted(pipeline.passOver()));
        assertTrue(pipeline.acknowledged(0, null));
        pipeline.finished(0, List.of(1L, 2L, 3L));

        assertArrayEquals(new Long[0], pipeline.sending());
        assertArrayEquals(new Long[] {4L}, pipeline.passOver());
    }

    @Test
    void batchesHandOverOneAfterAnotherWhileTheNextOneClaims() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1); // batch 1 claims before batch 0 has handed over
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            assertTrue(pipeline.awaitSendTurn(1));
            order.add(1);
            pipeline.sent(1, List.of(), List.of());
        });

        Thread.sleep(50); // batch 1 is waiting for its turn to send, and must still be
        assertTrue(pipeline.awaitSendTurn(0));
        order.add(0);
        pipeline.sent(0, List.of(), List.of());
        second.get(5, TimeUnit.SECONDS);

        assertEquals(List.of(0, 1), order);
    }

    @Test
    void nothingIsHandedOverAfterAnEarlierBatchFailed() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> pipeline.awaitSendTurn(1));
        Thread.sleep(50);

        pipeline.failed(0, new SQLException("held-back check failed")); // before batch 0 handed anything over

        assertFalse(second.get(5, TimeUnit.SECONDS), "batch 1 hands nothing over and rolls back");
        assertFalse(pipeline.acknowledged(1, null));
    }

    @Test
    void aBatchMarksOnlyOnceTheBatchesBeforeItHaveTheirAcks() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            assertTrue(pipeline.acknowledged(1, null)); // its acks came first: it still waits for batch 0's
            order.add(1);
        });

        Thread.sleep(50);
        order.add(0);
        assertTrue(pipeline.acknowledged(0, null));
        second.get(5, TimeUnit.SECONDS);

        assertEquals(List.of(0, 1), order);
    }

    @Test
    void batchesWithTheirAcksMarkSideBySide() {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);

        assertTrue(pipeline.acknowledged(0, null));
        assertTrue(pipeline.acknowledged(1, null), "batch 1 need not wait for batch 0's commit");
        pipeline.finished(1, List.of());
        pipeline.finished(0, List.of());
    }

    @Test
    void aShortClaimEndsTheClaimingAndReleasesTheWorkersWaitingForTheirTurn() throws Exception {
        Turns pipeline = new Turns(() -> true);
        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> pipeline.awaitClaimTurn(2));
        claim(pipeline, 0);
        assertTrue(pipeline.awaitClaimTurn(1));

        pipeline.claimed(1, List.of(5L), true); // fewer rows than a batch: the backlog is drained

        assertFalse(third.get(5, TimeUnit.SECONDS));
        assertFalse(pipeline.awaitClaimTurn(2));
        assertTrue(pipeline.acknowledged(0, null), "the batches already claimed still mark");
        assertTrue(pipeline.acknowledged(1, null));
    }

    @Test
    void whenTheCallerSaysStopNothingMoreIsClaimed() {
        AtomicBoolean more = new AtomicBoolean(true);
        Turns pipeline = new Turns(more::get);
        claim(pipeline, 0);

        more.set(false);

        assertFalse(pipeline.awaitClaimTurn(1));
        assertTrue(pipeline.acknowledged(0, null));
    }

    @Test
    void afterAFailedSendTheLaterBatchesRollBackAndTheEarlierOnesStillMark() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);
        claim(pipeline, 2);
        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> pipeline.acknowledged(2, null));

        assertTrue(pipeline.acknowledged(0, null));
        assertTrue(pipeline.acknowledged(1, NO_ACK), "the failed batch itself marks the rows acknowledged before the failure");

        assertFalse(third.get(5, TimeUnit.SECONDS), "a batch after the failed one rolls back, all acks in or not");
        assertFalse(pipeline.awaitClaimTurn(3), "nothing is claimed after a failure");
        assertSame(NO_ACK, assertThrows(RelayFailedException.class, pipeline::outcome));
    }

    @Test
    void aBatchThatFailedInTheDatabaseStopsTheBatchesWithoutTheirVerdictYet() {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);
        assertTrue(pipeline.acknowledged(0, null));
        SQLException lost = new SQLException("connection lost");

        pipeline.failed(0, lost); // batch 0's marking failed

        assertFalse(pipeline.acknowledged(1, null));
        assertSame(lost, assertThrows(SQLException.class, pipeline::outcome));
    }

    @Test
    void theFirstFailureIsTheOneReported() {
        Turns pipeline = new Turns(() -> true);
        SQLException first = new SQLException("connection lost");

        pipeline.failed(3, new IllegalStateException("later"));
        pipeline.failed(1, first);
        pipeline.failed(2, new IllegalStateException("in between"));

        assertSame(first, assertThrows(SQLException.class, pipeline::outcome));
    }

    @Test
    void anInterruptedWorkerFailsThePipelineInsteadOfLeavingOthersWaiting() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);
        claim(pipeline, 2);
        Thread waiting = new Thread(() -> pipeline.acknowledged(1, null)); // waits for batch 0's verdict
        waiting.start();
        Thread.sleep(50);

        waiting.interrupt();
        waiting.join(5_000);

        assertFalse(waiting.isAlive());
        assertFalse(pipeline.acknowledged(2, null), "batches after the interrupted one roll back");
        assertThrows(IllegalStateException.class, pipeline::outcome);
    }

    @Test
    void aBatchEndingWithoutAVerdictDoesNotLeaveTheNextWaiting() {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);

        pipeline.finished(0, List.of()); // thrown out of the relay before its verdict

        assertFalse(pipeline.acknowledged(1, null));
    }

    @Test
    void rowsDeferredForFailuresOfTheirOwnRollTheLaterBatchesBackButFailNothing() throws Exception {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        claim(pipeline, 1);

        assertTrue(pipeline.acknowledged(0, new RelayPipeline.RowsDeferredException(new IllegalStateException("topic gone"))),
                "the batch marks what was acknowledged and defers its failed rows");
        pipeline.published(7);

        assertFalse(pipeline.acknowledged(1, null), "a later batch rolls back: its rows go again after the deferred ones");
        assertFalse(pipeline.awaitClaimTurn(2), "the pass ends");
        assertTrue(pipeline.deferred(), "and is followed by another at once");
        assertEquals(7, pipeline.outcome(), "no failure is reported: the relay does not back off");
    }

    @Test
    void aFailureOfTheBrokersIsNotADeferral() {
        Turns pipeline = new Turns(() -> true);
        claim(pipeline, 0);
        pipeline.acknowledged(0, NO_ACK);

        assertFalse(pipeline.deferred());
        assertThrows(RelayFailedException.class, pipeline::outcome);
    }

    @Test
    void publishedRowsAddUp() throws Exception {
        Turns pipeline = new Turns(() -> true);
        pipeline.published(2000);
        pipeline.published(17);

        assertEquals(2017, pipeline.outcome());
    }

    private static void claim(Turns pipeline, int batch) {
        assertTrue(pipeline.awaitClaimTurn(batch));
        pipeline.claimed(batch, List.of(), false);
    }

    private static Long[] sorted(Long[] seqs) {
        Arrays.sort(seqs);
        return seqs;
    }
}

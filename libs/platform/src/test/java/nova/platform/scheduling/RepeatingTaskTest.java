package nova.platform.scheduling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatingTaskTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Logger log = Logger.getLogger("nova.platform.scheduling.test." + System.nanoTime());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void roundsThatThrowDoNotEndTheScheduleAndAnOutageIsSaidOnceThenItsEnd() {
        AtomicInteger rounds = new AtomicInteger();
        RepeatingTask task = RepeatingTask.every(Duration.ofMillis(10), scheduler, "Test rounds", log, () -> {
            if (rounds.incrementAndGet() <= 5) {
                throw new IllegalStateException("database away");
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 8);
        task.stop();

        assertEquals(List.of(Level.WARNING, Level.FINE, Level.FINE, Level.FINE, Level.FINE, Level.INFO),
                records.stream().map(LogRecord::getLevel).toList());
        assertTrue(records.get(0).getParameters()[0].toString().contains("database away"));
    }

    @Test
    void afterStopNoRoundStartsNotEvenOneAskedFor() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        RepeatingTask task = RepeatingTask.every(Duration.ofMillis(10), scheduler, "Test rounds", log, rounds::incrementAndGet);
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 2);
        task.stop();
        task.runAfter(Duration.ZERO);
        int after = rounds.get();
        // a round already started may still end; then none: the scheduler's queue holds nothing more of ours
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(rounds.get() <= after + 1, "rounds after stop: " + (rounds.get() - after));
        assertTrue(task.stopping());
    }

    @Test
    void aRoundAskedForRunsBesideTheScheduleOneAtATime() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        RepeatingTask task = RepeatingTask.every(Duration.ofHours(1), scheduler, "Test rounds", log, () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20); // the round's own work, so that two asked at once would overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            rounds.incrementAndGet();
        });
        task.runAfter(Duration.ZERO);
        task.runAfter(Duration.ZERO);
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);
        assertEquals(1, most.get(), "two rounds ran at once");
        task.stop();
    }

    @Test
    void aFailureIsDescribedAsTheTaskSaysSoWhatItCarriesStaysOutOfTheLog() {
        AtomicInteger rounds = new AtomicInteger();
        RepeatingTask task = RepeatingTask.every(Duration.ofMillis(10), scheduler, "Test rounds", log, () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("550 no mailbox <ada@example.org>");
        }, e -> e.getClass().getName());
        await().atMost(Duration.ofSeconds(10)).until(() -> !records.isEmpty());
        task.stop();
        assertEquals(IllegalStateException.class.getName(), records.get(0).getParameters()[0]);
    }

    @Test
    void aNonPositiveIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RepeatingTask.every(Duration.ZERO, scheduler, "Test rounds", log, () -> { }));
    }

    @Test
    void aWakeRunsARoundAtOnceAndABurstOfWakesWhileOneIsPendingCostsOneRound() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        java.util.concurrent.CountDownLatch inRound = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        RepeatingTask task = RepeatingTask.every(Duration.ofHours(1), scheduler, "Test rounds", log, () -> {
            if (rounds.incrementAndGet() == 1) {
                inRound.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        task.wake();
        assertTrue(inRound.await(5, java.util.concurrent.TimeUnit.SECONDS), "the first wake ran a round at once");
        // woken ten times while that round runs: one round more after it, not ten
        for (int i = 0; i < 10; i++) {
            task.wake();
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 2);
        scheduler.shutdown();
        assertTrue(scheduler.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(2, rounds.get(), "ten wakes during a round: one round after it");
        task.stop();
    }

    @Test
    void aDrainingTaskSleepsUntilItsNextWorkIsDueNotUntilItsSafetyPoll() {
        List<Long> at = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        AtomicInteger rounds = new AtomicInteger();
        java.time.Instant due = java.time.Instant.now().plusMillis(1_500);
        RepeatingTask task = RepeatingTask.draining(Duration.ofHours(1), scheduler, "Test queue", log, () -> {
            rounds.incrementAndGet();
            at.add((System.nanoTime() - start) / 1_000_000);
            // a retry falls due in 1.5 s, and is taken by the round then
            return java.time.Instant.now().isBefore(due) ? java.util.Optional.of(due) : java.util.Optional.empty();
        });
        // the first round comes soon after the start (what was queued before it), not after the safety poll
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 2);
        assertTrue(at.get(0) < 1_400, "first round at " + at);
        assertTrue(at.get(1) >= 1_400 && at.get(1) < 3_000, "the round for the retry came when it was due: " + at);
        task.wake(); // asks again the same due time several times: one round for it
        task.wake();
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 3);
        assertTrue(rounds.get() <= 4, "rounds: " + at);
        task.stop();
    }

    @Test
    void manyRoundsAskingForTheSameDueTimeGetOneRoundThen() {
        AtomicInteger rounds = new AtomicInteger();
        java.time.Instant due = java.time.Instant.now().plusMillis(800);
        List<java.time.Instant> ran = new CopyOnWriteArrayList<>();
        RepeatingTask task = RepeatingTask.draining(Duration.ofHours(1), scheduler, "Test queue", log, () -> {
            rounds.incrementAndGet();
            ran.add(java.time.Instant.now());
            return java.time.Instant.now().isBefore(due) ? java.util.Optional.of(due) : java.util.Optional.empty();
        });
        for (int i = 1; i <= 5; i++) {
            // five separate wakes before the due time, each round asking for it again
            task.wake();
            int woken = i;
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= woken);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> ran.stream().anyMatch(t -> !t.isBefore(due)));
        // the first (1 s) round may come too; nothing more after it
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3))
                .until(() -> ran.stream().filter(t -> !t.isBefore(due)).count() <= 2);
        task.stop();
    }

    @Test
    void afterStopNeitherAWakeNorADueTimeStartsARound() {
        AtomicInteger rounds = new AtomicInteger();
        RepeatingTask task = RepeatingTask.draining(Duration.ofHours(1), scheduler, "Test queue", log, () -> {
            rounds.incrementAndGet();
            return java.util.Optional.of(java.time.Instant.now().plusMillis(300));
        });
        task.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 1);
        task.stop();
        int after = rounds.get();
        task.wake();
        // past the due time asked for: a round already started may end, no other starts
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> rounds.get() <= after + 1);
    }
}

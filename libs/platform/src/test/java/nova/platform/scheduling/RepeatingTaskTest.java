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
}

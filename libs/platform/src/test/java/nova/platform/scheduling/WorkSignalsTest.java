package nova.platform.scheduling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkSignalsTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Logger log = Logger.getLogger(WorkSignalsTest.class.getName());

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void aSignalWakesTheTasksItNamesAndNoOthersAndAnUnregisteredTaskNoMore() {
        WorkSignals signals = new WorkSignals(); // no database: nothing to LISTEN to, the in-process part alone
        AtomicInteger mail = new AtomicInteger();
        AtomicInteger sms = new AtomicInteger();
        RepeatingTask mailLoop = RepeatingTask.every(Duration.ofHours(1), scheduler, "mail", log, mail::incrementAndGet)
                .wokenBy("email_queue");
        RepeatingTask smsLoop = RepeatingTask.every(Duration.ofHours(1), scheduler, "sms", log, sms::incrementAndGet)
                .wokenBy("sms_queue");
        RepeatingTask unsignalled = RepeatingTask.every(Duration.ofHours(1), scheduler, "other", log, () -> { });
        signals.register(mailLoop);
        signals.register(smsLoop);
        signals.register(unsignalled);

        signals.wake("email_queue");
        await().atMost(Duration.ofSeconds(5)).until(() -> mail.get() == 1);
        signals.wake("sms_queue");
        await().atMost(Duration.ofSeconds(5)).until(() -> sms.get() == 1);
        signals.wake("push_queue");
        assertEquals(1, mail.get());

        signals.unregister(mailLoop);
        signals.wake("email_queue");
        signals.wake("sms_queue");
        await().atMost(Duration.ofSeconds(5)).until(() -> sms.get() == 2);
        assertEquals(1, mail.get(), "an unregistered task is not woken");
        mailLoop.stop();
        smsLoop.stop();
        unsignalled.stop();
    }
}

package nova.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A LISTEN connection against the real PostgreSQL: a notification wakes {@link Notifications#await}, and closing it
 * from another thread ends a wait at once (a server's stop waited out a 30 s wait and the relay's 10 s join). Run with
 * {@code -Dnova.test.db=<database, also its role> -Dnova.test.db.password=...} (see the README's Tests section).
 */
@EnabledIfSystemProperty(named = "nova.test.db", matches = ".+")
class NotificationsTest {

    static PGSimpleDataSource db;

    @BeforeAll
    static void database() {
        db = new PGSimpleDataSource();
        db.setServerNames(new String[] {"localhost"});
        db.setPortNumbers(new int[] {Integer.getInteger("nova.test.db.port", 5432)});
        db.setDatabaseName(System.getProperty("nova.test.db"));
        db.setUser(System.getProperty("nova.test.db"));
        db.setPassword(System.getProperty("nova.test.db.password"));
    }

    @Test
    void aNotificationEndsTheWaitWithItsPayload() throws Exception {
        try (Notifications listening = Notifications.listen(db, "nova_test_wake")) {
            CompletableFuture<List<String>> waiting = CompletableFuture.supplyAsync(() -> awaitQuietly(listening));
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_notify('nova_test_wake', 'email_queue')");
            }
            assertEquals(List.of("email_queue"), waiting.get(10, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void closingFromAnotherThreadEndsAWaitAtOnce() throws Exception {
        Notifications listening = Notifications.listen(db, "nova_test_stop");
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                outcome.set(listening.await(Duration.ofSeconds(60)));
            } catch (Exception e) {
                outcome.set(e);
            }
        });
        waiter.start();
        long began = System.nanoTime();
        listening.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !waiter.isAlive());
        assertTrue(Duration.ofNanos(System.nanoTime() - began).compareTo(Duration.ofSeconds(5)) < 0);
        assertTrue(outcome.get() != null, "the wait ended with an answer or a failure, not by its 60 s timeout");
    }

    private static List<String> awaitQuietly(Notifications listening) {
        try {
            return listening.await(Duration.ofSeconds(30));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

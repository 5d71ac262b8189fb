package nova.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nova.platform.events.EventConsumer.Outcome;
import nova.platform.events.EventConsumer.Settings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drives {@link EventConsumer#process} as an incoming channel does (via
 * {@link IncomingEvents}): one record after another on one thread, the offset committed once a
 * record is acknowledged, i.e. once {@code process} says it is done with; an exception escaping it
 * would end the stream. Every wait is an Awaitility condition, never a fixed sleep.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventConsumerTest {

    static final String CONTEXT = "social";
    static final String NAME = "nova.social.profiles";
    static final String TOPIC = "nova.identity";
    static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    static final TopicPartition DLT0 = new TopicPartition(EventConsumer.DEAD_LETTER_TOPIC, 0);
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    /** Tiny backoffs: the retry tests take milliseconds. */
    static final Settings FAST = new Settings(3, Duration.ofMillis(1), Duration.ofMillis(4));

    final RecordingInbox inbox = new RecordingInbox();
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<ReceivedEvent> applied = new CopyOnWriteArrayList<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicReference<Throwable> loopDied = new AtomicReference<>();
    final BlockingQueue<ConsumerRecord<String, byte[]>> channel = new LinkedBlockingQueue<>();
    /** What the connector committed: the next offset to read, per partition. */
    final Map<TopicPartition, Long> commits = new ConcurrentHashMap<>();
    EventConsumer consumer;
    Thread loop;

    // --- fixtures --------------------------------------------------------------------------------

    /** Inbox of the tests: processed (consumer, event) pairs in memory, dead letters in a list. */
    static final class RecordingInbox implements Inbox {
        record Processed(String consumer, UUID eventId) {
        }

        final Set<Processed> processed = ConcurrentHashMap.newKeySet();
        final List<OutboxEntry> deadLetters = new CopyOnWriteArrayList<>();
        final AtomicInteger deadLetterCalls = new AtomicInteger();
        /** While true, storing a dead letter fails as if the database were away. */
        final AtomicBoolean databaseAway = new AtomicBoolean();

        @Override
        public boolean once(String consumer, UUID eventId, Effect effect) throws Exception {
            Processed key = new Processed(consumer, eventId);
            if (processed.contains(key)) {
                return false;
            }
            effect.apply(null); // throws: nothing is recorded, as a rolled-back transaction
            processed.add(key);
            return true;
        }

        @Override
        public void deadLetter(OutboxEntry deadLetter) throws SQLException {
            deadLetterCalls.incrementAndGet();
            if (databaseAway.get()) {
                throw new SQLTransientConnectionException("database away");
            }
            deadLetters.add(deadLetter);
        }
    }

    void start(EventConsumer.Handler handler) {
        start(handler, FAST);
    }

    void start(EventConsumer.Handler handler, Settings settings) {
        start(handler, type -> true, settings);
    }

    void start(EventConsumer.Handler handler, java.util.function.Predicate<String> wanted, Settings settings) {
        consumer = new EventConsumer(CONTEXT, NAME, inbox, handler, wanted, settings, outcomes::add, running::get);
        loop = new Thread(() -> {
            try {
                while (running.get()) {
                    ConsumerRecord<String, byte[]> record = channel.poll(1, TimeUnit.MILLISECONDS);
                    if (record != null && consumer.process(record)) {
                        commits.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-" + NAME);
        loop.setDaemon(true);
        loop.setUncaughtExceptionHandler((t, e) -> loopDied.set(e));
        loop.start();
    }

    @SafeVarargs
    final void deliver(ConsumerRecord<String, byte[]>... records) {
        channel.addAll(List.of(records));
    }

    long committed(TopicPartition tp) {
        return commits.getOrDefault(tp, -1L);
    }

    @AfterEach
    void stopTheLoop() throws InterruptedException {
        running.set(false);
        if (loop != null) {
            loop.join(10_000);
            assertFalse(loop.isAlive(), "the loop did not stop");
        }
    }

    static CloudEvent event(String subject) {
        return new CloudEvent(UUID.randomUUID(), "identity", "identity.user.registered", subject,
                Instant.parse("2024-03-04T05:06:07Z"), 1, TRACEPARENT,
                Json.createObjectBuilder().add("user", subject).build());
    }

    static ConsumerRecord<String, byte[]> record(long offset, CloudEvent event) {
        return new ConsumerRecord<>(TOPIC, 0, offset, event.subject(), event.toBytes());
    }

    static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2));
    }

    long handledCount(CloudEvent event) {
        return applied.stream().filter(r -> r.event().id().equals(event.id())).count();
    }

    void assertLoopAlive() {
        assertNull(loopDied.get(), () -> "the loop died: " + loopDied.get());
        assertTrue(loop.isAlive(), "the loop ended");
    }

    // --- processing ------------------------------------------------------------------------------

    @Test
    void aSucceedingHandlerProcessesTheEventOnceAndCommitsItsOffset() {
        CloudEvent event = event("user-1");
        List<Optional<String>> traces = new CopyOnWriteArrayList<>();
        start((received, tx) -> {
            traces.add(TraceContext.current());
            applied.add(received);
        });
        deliver(record(0, event));

        eventually().until(() -> committed(P0) == 1);

        assertEquals(List.of(new ReceivedEvent(TOPIC, 0, 0, "user-1", event)), applied);
        assertEquals(Set.of(new RecordingInbox.Processed(NAME, event.id())), inbox.processed);
        assertEquals(List.of(Outcome.PROCESSED), outcomes);
        assertEquals(List.of(Optional.of(TRACEPARENT)), traces, "the handler runs in the event's trace");
        assertTrue(inbox.deadLetters.isEmpty());
        assertLoopAlive();
    }

    @Test
    void eventsOfTypesTheHandlerDoesNotWantArePassedOverWithoutAnInboxRow() {
        CloudEvent unwanted = new CloudEvent(UUID.randomUUID(), "identity", "identity.user.logged_in", "user-9",
                Instant.parse("2024-03-04T05:06:07Z"), 1, TRACEPARENT, Json.createObjectBuilder().build());
        CloudEvent wanted = event("user-9");
        start((received, tx) -> applied.add(received), "identity.user.registered"::equals, FAST);
        deliver(record(0, unwanted), record(1, wanted));

        eventually().until(() -> committed(P0) == 2);

        assertEquals(List.of(wanted), applied.stream().map(ReceivedEvent::event).toList());
        assertEquals(Set.of(new RecordingInbox.Processed(NAME, wanted.id())), inbox.processed, "no inbox row for the other type");
        assertEquals(List.of(Outcome.IGNORED, Outcome.PROCESSED), outcomes);
    }

    @Test
    void aBatchIsProcessedInOrderAndCommittedUpToItsLastRecord() {
        List<CloudEvent> events = List.of(event("a"), event("b"), event("c"), event("d"));
        start((received, tx) -> applied.add(received));
        deliver(record(0, events.get(0)), record(1, events.get(1)), record(2, events.get(2)));
        deliver(record(3, events.get(3)));

        eventually().until(() -> committed(P0) == 4);

        assertEquals(events, applied.stream().map(ReceivedEvent::event).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L), applied.stream().map(ReceivedEvent::offset).toList());
        assertEquals(List.of(Outcome.PROCESSED, Outcome.PROCESSED, Outcome.PROCESSED, Outcome.PROCESSED), outcomes);
    }

    @Test
    void aRedeliveredEventHasItsEffectOnceAndIsReportedAsDuplicate() {
        CloudEvent event = event("user-1");
        start((received, tx) -> applied.add(received));
        deliver(record(0, event), record(1, event));

        eventually().until(() -> committed(P0) == 2);

        assertEquals(1, applied.size(), "effect applied once");
        assertEquals(0, applied.get(0).offset());
        assertEquals(List.of(Outcome.PROCESSED, Outcome.DUPLICATE), outcomes);
        assertEquals(1, inbox.processed.size());
    }

    @Test
    void aRedeliveryInALaterPollIsADuplicateToo() {
        CloudEvent event = event("user-1");
        start((received, tx) -> applied.add(received));
        deliver(record(0, event));
        eventually().until(() -> committed(P0) == 1);

        deliver(record(1, event));

        eventually().until(() -> outcomes.size() == 2);
        assertEquals(List.of(Outcome.PROCESSED, Outcome.DUPLICATE), outcomes);
        assertEquals(1, applied.size());
        eventually().until(() -> committed(P0) == 2);
    }

    // --- retries and dead letters ----------------------------------------------------------------

    @Test
    void anEventThatAlwaysFailsIsRetriedThenDeadLetteredAndThePartitionMovesOn() {
        CloudEvent first = event("user-1");
        CloudEvent poison = event("user-2");
        CloudEvent next = event("user-3");
        AtomicInteger poisonAttempts = new AtomicInteger();
        start((received, tx) -> {
            if (received.event().id().equals(poison.id())) {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("boom", new SQLException("constraint violated"));
            }
            applied.add(received);
        });
        deliver(record(0, first), record(1, poison), record(2, next));

        eventually().until(() -> committed(P0) == 3);

        assertEquals(FAST.maxAttempts(), poisonAttempts.get(), "tried maxAttempts times");
        assertEquals(List.of(first, next), applied.stream().map(ReceivedEvent::event).toList());
        assertEquals(List.of(Outcome.PROCESSED, Outcome.RETRIED, Outcome.RETRIED, Outcome.DEAD_LETTERED,
                Outcome.PROCESSED), outcomes);
        assertFalse(inbox.processed.contains(new RecordingInbox.Processed(NAME, poison.id())));

        assertEquals(1, inbox.deadLetters.size());
        OutboxEntry entry = inbox.deadLetters.get(0);
        assertEquals("nova.deadletter", entry.topic());
        assertEquals("platform.event.dead_lettered", entry.type());
        assertEquals("dead_letter", entry.aggregateType());
        assertEquals("user-2", entry.aggregateId(), "keyed like the original record");

        CloudEvent letter = CloudEvent.from(entry.payload());
        assertEquals(entry.id(), letter.id());
        assertEquals(CONTEXT, letter.source());
        assertEquals("platform.event.dead_lettered", letter.type());
        assertEquals(poison.id().toString(), letter.subject());
        assertEquals(entry.traceparent(), letter.traceparent());
        assertEquals(TRACEPARENT.substring(3, 35), letter.traceparent().substring(3, 35),
                "the dead letter continues the event's trace");

        JsonObject data = letter.data();
        assertEquals(NAME, data.getString("consumer"));
        assertEquals(TOPIC, data.getString("topic"));
        assertEquals(0, data.getInt("partition"));
        assertEquals(1, data.getJsonNumber("offset").longValue());
        assertEquals(FAST.maxAttempts(), data.getInt("attempts"));
        assertEquals("user-2", data.getString("key"));
        assertEquals("java.lang.IllegalStateException: boom <- java.sql.SQLException: constraint violated",
                data.getString("error"));
        Instant.parse(data.getString("failedAt"));
        assertEquals(poison.toJsonObject(), data.getJsonObject("event"));
        assertEquals(poison, CloudEvent.from(data.getJsonObject("event")));
        assertFalse(data.containsKey("raw"));

        // the stream is still alive and keeps consuming
        assertLoopAlive();
        CloudEvent later = event("user-4");
        deliver(record(3, later));
        eventually().until(() -> committed(P0) == 4);
        assertEquals(1, handledCount(later));
    }

    @Test
    void oneAttemptOnlyDeadLettersAtTheFirstFailure() {
        CloudEvent poison = event("user-2");
        AtomicInteger attempts = new AtomicInteger();
        start((received, tx) -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no");
        }, new Settings(1, Duration.ofMillis(1), Duration.ofMillis(1)));
        deliver(record(0, poison));

        eventually().until(() -> committed(P0) == 1);

        assertEquals(1, attempts.get());
        assertEquals(List.of(Outcome.DEAD_LETTERED), outcomes);
        assertEquals(1, CloudEvent.from(inbox.deadLetters.get(0).payload()).data().getInt("attempts"));
    }

    @Test
    void aPayloadThatDoesNotReadAsItsTypeIsDeadLetteredAtTheFirstAttempt() {
        CloudEvent unreadable = event("user-2");
        CloudEvent next = event("user-3");
        AtomicInteger attempts = new AtomicInteger();
        start((received, tx) -> {
            if (received.event().id().equals(unreadable.id())) {
                attempts.incrementAndGet();
                // as ReceivedEvent.data throws it, here wrapped the way an interceptor may wrap it
                throw new RuntimeException(new nova.contracts.event.EventJson.UnreadableEvent(String.class, "postId"));
            }
            applied.add(received);
        }, new Settings(4, Duration.ofSeconds(5), Duration.ofSeconds(5))); // a retry would outlast the wait below

        deliver(record(0, unreadable), record(1, next));

        await().atMost(Duration.ofSeconds(3)).until(() -> committed(P0) == 2);
        assertEquals(1, attempts.get(), "no retry: the same bytes cannot read differently");
        assertEquals(List.of(Outcome.DEAD_LETTERED, Outcome.PROCESSED), outcomes);
        assertEquals(1, CloudEvent.from(inbox.deadLetters.get(0).payload()).data().getInt("attempts"));
        assertEquals(List.of(next), applied.stream().map(ReceivedEvent::event).toList());
    }

    @Test
    void aHandlerThatFailsTwiceThenSucceedsIsProcessedWithoutADeadLetter() {
        CloudEvent event = event("user-1");
        AtomicInteger attempts = new AtomicInteger();
        // maxAttempts 3: the success comes on the last attempt allowed
        start((received, tx) -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new SQLException("deadlock detected");
            }
            applied.add(received);
        });
        deliver(record(0, event));

        eventually().until(() -> committed(P0) == 1);

        assertEquals(3, attempts.get());
        assertEquals(1, applied.size());
        assertEquals(List.of(Outcome.RETRIED, Outcome.RETRIED, Outcome.PROCESSED), outcomes);
        assertTrue(inbox.deadLetters.isEmpty());
        assertEquals(0, inbox.deadLetterCalls.get());
        assertTrue(inbox.processed.contains(new RecordingInbox.Processed(NAME, event.id())));
    }

    @Test
    void bytesThatAreNotAnEventAreDeadLetteredAtOnceWithTheRawText() {
        CloudEvent next = event("user-3");
        start((received, tx) -> applied.add(received));
        deliver(new ConsumerRecord<>(TOPIC, 0, 0, null, "this is not an event".getBytes(StandardCharsets.UTF_8)),
                record(1, next));

        eventually().until(() -> committed(P0) == 2);

        assertEquals(List.of(Outcome.DEAD_LETTERED, Outcome.PROCESSED), outcomes);
        assertEquals(List.of(next), applied.stream().map(ReceivedEvent::event).toList(), "the handler never saw the junk");
        assertEquals(1, inbox.deadLetters.size());
        OutboxEntry entry = inbox.deadLetters.get(0);
        assertEquals("nova.deadletter", entry.topic());
        assertEquals("platform.event.dead_lettered", entry.type());
        assertEquals("nova.identity/0/0", entry.aggregateId(), "no key: keyed by where it was read");

        CloudEvent letter = CloudEvent.from(entry.payload());
        assertEquals("nova.identity/0/0", letter.subject());
        assertTrue(TraceContext.isValid(letter.traceparent()));
        JsonObject data = letter.data();
        assertEquals("this is not an event", data.getString("raw"));
        assertEquals(1, data.getInt("attempts"));
        assertEquals(NAME, data.getString("consumer"));
        assertEquals(TOPIC, data.getString("topic"));
        assertEquals(0, data.getInt("partition"));
        assertEquals(0, data.getJsonNumber("offset").longValue());
        assertTrue(data.getString("error").startsWith(CloudEvent.MalformedEventException.class.getName() + ": malformed event"),
                data.getString("error"));
        assertFalse(data.containsKey("event"));
        assertFalse(data.containsKey("key"));
        assertLoopAlive();
    }

    @Test
    void aRecordWithoutValueIsDeadLetteredWithAnEmptyRawField() {
        CloudEvent next = event("user-3");
        start((received, tx) -> applied.add(received));
        deliver(new ConsumerRecord<>(TOPIC, 0, 0, "user-9", null), record(1, next));

        eventually().until(() -> committed(P0) == 2);

        assertEquals(List.of(Outcome.DEAD_LETTERED, Outcome.PROCESSED), outcomes);
        OutboxEntry entry = inbox.deadLetters.get(0);
        assertEquals("user-9", entry.aggregateId());
        JsonObject data = CloudEvent.from(entry.payload()).data();
        assertEquals("", data.getString("raw"));
        assertEquals("user-9", data.getString("key"));
    }

    @Test
    void aFailingEventIsNotDroppedWhileTheDeadLetterCannotBeStored() {
        CloudEvent first = event("user-1");
        CloudEvent poison = event("user-2");
        CloudEvent next = event("user-3");
        AtomicInteger poisonAttempts = new AtomicInteger();
        inbox.databaseAway.set(true);
        start((received, tx) -> {
            if (received.event().id().equals(poison.id())) {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("boom");
            }
            applied.add(received);
        });
        deliver(record(0, first), record(1, poison), record(2, next));

        // several rounds of maxAttempts, each ending in a dead letter that cannot be stored
        eventually().until(() -> inbox.deadLetterCalls.get() >= 3);
        assertTrue(poisonAttempts.get() >= 3 * FAST.maxAttempts(), "the event is retried from the start");
        assertTrue(inbox.deadLetters.isEmpty());
        assertEquals(1, committed(P0), "nothing past the stuck event is committed");
        assertEquals(0, handledCount(next), "the partition does not move past it");
        assertFalse(outcomes.contains(Outcome.DEAD_LETTERED));
        assertLoopAlive();

        inbox.databaseAway.set(false);

        eventually().until(() -> committed(P0) == 3);
        assertEquals(1, inbox.deadLetters.size());
        assertEquals(poison.id().toString(), CloudEvent.from(inbox.deadLetters.get(0).payload()).subject());
        assertEquals(1, handledCount(next));
        assertEquals(1, outcomes.stream().filter(o -> o == Outcome.DEAD_LETTERED).count());
        assertLoopAlive();
    }

    @Test
    void junkIsNotDroppedWhileTheDeadLetterCannotBeStored() {
        CloudEvent next = event("user-3");
        inbox.databaseAway.set(true);
        start((received, tx) -> applied.add(received));
        deliver(new ConsumerRecord<>(TOPIC, 0, 0, "k", "{oops".getBytes(StandardCharsets.UTF_8)), record(1, next));

        eventually().until(() -> inbox.deadLetterCalls.get() >= 3);
        assertEquals(-1, committed(P0));
        assertTrue(applied.isEmpty());

        inbox.databaseAway.set(false);

        eventually().until(() -> committed(P0) == 2);
        assertEquals(1, inbox.deadLetters.size());
        assertEquals("{oops", CloudEvent.from(inbox.deadLetters.get(0).payload()).data().getString("raw"));
        assertEquals(1, handledCount(next));
    }

    @Test
    void deadLettersThemselvesAreRetriedInsteadOfDeadLetteredAgain() {
        CloudEvent letter = event("user-1");
        AtomicInteger attempts = new AtomicInteger();
        start((received, tx) -> {
            if (attempts.incrementAndGet() <= 5) {
                throw new SQLException("cannot store yet");
            }
            applied.add(received);
        }, new Settings(2, Duration.ofMillis(1), Duration.ofMillis(2)));
        deliver(new ConsumerRecord<>(EventConsumer.DEAD_LETTER_TOPIC, 0, 0, "k", letter.toBytes()));

        eventually().until(() -> committed(DLT0) == 1);

        assertEquals(6, attempts.get(), "retried past maxAttempts");
        assertEquals(1, applied.size());
        assertEquals(0, inbox.deadLetterCalls.get());
        assertEquals(List.of(Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED, Outcome.RETRIED,
                Outcome.PROCESSED), outcomes);
    }

    @Test
    void junkOnTheDeadLetterTopicIsSkippedNotDeadLetteredAgain() {
        CloudEvent letter = event("user-1");
        start((received, tx) -> applied.add(received));
        deliver(new ConsumerRecord<>(EventConsumer.DEAD_LETTER_TOPIC, 0, 0, "k", "junk".getBytes(StandardCharsets.UTF_8)),
                new ConsumerRecord<>(EventConsumer.DEAD_LETTER_TOPIC, 0, 1, "k", letter.toBytes()));

        eventually().until(() -> committed(DLT0) == 2);

        assertEquals(0, inbox.deadLetterCalls.get());
        assertEquals(List.of(letter), applied.stream().map(ReceivedEvent::event).toList());
        assertEquals(List.of(Outcome.PROCESSED), outcomes);
    }

    @Test
    void aHandlerThrowingAnErrorDoesNotEndTheLoop() {
        CloudEvent poison = event("user-2");
        CloudEvent next = event("user-3");
        start((received, tx) -> {
            if (received.event().id().equals(poison.id())) {
                throw new ExceptionInInitializerError("static init of a helper failed");
            }
            applied.add(received);
        });
        deliver(record(0, poison), record(1, next));

        eventually().until(() -> loopDied.get() != null || committed(P0) == 2);

        assertLoopAlive();
        assertEquals(1, handledCount(next));
    }

    // --- stopping --------------------------------------------------------------------------------

    @Test
    void stoppingDuringRetriesLeavesTheUnfinishedEventUncommitted() throws InterruptedException {
        CloudEvent first = event("user-1");
        CloudEvent stuck = event("user-2");
        AtomicInteger attempts = new AtomicInteger();
        start((received, tx) -> {
            if (received.event().id().equals(stuck.id())) {
                attempts.incrementAndGet();
                throw new IllegalStateException("never works");
            }
            applied.add(received);
        }, new Settings(Integer.MAX_VALUE, Duration.ofMillis(1), Duration.ofMillis(5)));
        deliver(record(0, first), record(1, stuck));
        eventually().until(() -> attempts.get() >= 3);

        running.set(false);
        loop.join(10_000);

        assertFalse(loop.isAlive());
        assertNull(loopDied.get());
        assertEquals(Map.of(P0, 1L), commits, "only the finished event is acknowledged; the stuck one will be redelivered");
        assertTrue(inbox.deadLetters.isEmpty());
    }

    @Test
    void aRecordDeliveredWhileStoppingIsNotDoneWith() {
        EventConsumer stopped = new EventConsumer(CONTEXT, NAME, inbox, (r, tx) -> applied.add(r), type -> true, FAST,
                outcomes::add, () -> false);

        assertFalse(stopped.process(record(0, event("user-1"))));
        assertTrue(applied.isEmpty());
    }

    // --- helpers ---------------------------------------------------------------------------------

    @Test
    void backoffGrowsFourfoldUpToTheMaximum() {
        Settings settings = new Settings(4, Duration.ofMillis(250), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), settings.after(Duration.ofMillis(250)));
        assertEquals(Duration.ofSeconds(4), settings.after(Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(5), settings.after(Duration.ofSeconds(4)));
        assertEquals(Duration.ofSeconds(5), settings.after(Duration.ofSeconds(5)));
        assertEquals(settings, Settings.defaults());
    }

    @Test
    void describeListsTheCauseChainWithoutStacks() {
        Exception error = new IllegalStateException("outer", new SQLException("middle", new RuntimeException("root")));

        assertEquals("java.lang.IllegalStateException: outer <- java.sql.SQLException: middle"
                + " <- java.lang.RuntimeException: root", EventConsumer.describe(error));
        assertEquals("java.lang.RuntimeException: null", EventConsumer.describe(new RuntimeException()));
    }

    @Test
    void describeIsCappedAndSurvivesCyclicCauses() {
        RuntimeException a = new RuntimeException("a".repeat(300));
        RuntimeException b = new RuntimeException("b".repeat(300), a);
        a.initCause(b);

        String text = EventConsumer.describe(a);

        assertEquals(2000, text.length());
        assertTrue(text.startsWith("java.lang.RuntimeException: aaa"));
        assertEquals(2000, EventConsumer.describe(new RuntimeException("x".repeat(5000))).length());
    }

    @Test
    void nameIsTheGivenName() {
        EventConsumer c = new EventConsumer(CONTEXT, NAME, inbox, (r, tx) -> { }, type -> true, FAST,
                EventConsumer.Listener.NONE, () -> true);
        assertEquals(NAME, c.name());
    }
}

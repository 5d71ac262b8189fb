package nova.events.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.events.SagaAction;
import nova.contracts.events.SagaStepRequested;
import org.junit.jupiter.api.Test;

class SagaTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final UUID USER = UUID.randomUUID();

    private static Saga deletion() {
        return Saga.start(SagaKind.DELETION, USER, "ann", UUID.randomUUID(), T0);
    }

    private static String step(Saga saga, String context) {
        return saga.steps().stream().filter(s -> s.step().equals(context)).findFirst().orElseThrow().status();
    }

    @Test
    void aDeletionAsksEveryContextOnceAndIsDoneWhenAllHaveAnswered() {
        Saga saga = deletion();
        List<SagaStepRequested> first = saga.requests();
        assertEquals(List.of("identity", "content", "social", "media", "communication", "search"),
                first.stream().map(SagaStepRequested::step).toList());
        assertTrue(first.stream().allMatch(r -> r.attempt() == 1 && r.action() == SagaAction.ERASE
                && r.userId().equals(USER) && r.sagaId().equals(saga.id())));
        for (String context : SagaKind.DELETION.steps()) {
            assertEquals("running", saga.status());
            assertTrue(saga.complete(context, T0.plusSeconds(1)));
        }
        assertEquals("done", saga.status());
        assertFalse(saga.complete("media", T0.plusSeconds(2)), "a second answer changes nothing");
        assertFalse(saga.complete("nobody", T0.plusSeconds(2)));
    }

    @Test
    void anUnansweredStepIsAskedAgainThenStuckThenResumedThenDone() {
        Saga saga = deletion();
        SagaKind.DELETION.steps().stream().filter(s -> !s.equals("media")).forEach(s -> saga.complete(s, T0));

        assertEquals(List.of(), saga.retryOverdue(T0.plusSeconds(29), TIMEOUT, 3, (s, a) -> "why"), "not overdue yet");
        List<SagaStepRequested> second = saga.retryOverdue(T0.plusSeconds(30), TIMEOUT, 3, (s, a) -> "why");
        assertEquals(1, second.size());
        assertEquals("media", second.get(0).step());
        assertEquals(2, second.get(0).attempt());
        assertEquals(3, saga.retryOverdue(T0.plusSeconds(60), TIMEOUT, 3, (s, a) -> "why").get(0).attempt());
        assertEquals("running", saga.status());

        assertEquals(List.of(), saga.retryOverdue(T0.plusSeconds(90), TIMEOUT, 3, (s, a) -> s + " silent at " + a));
        assertEquals("stuck", saga.status());
        assertEquals("stuck", step(saga, "media"));
        assertEquals("media silent at 3", saga.steps().stream().filter(s -> s.step().equals("media")).findFirst()
                .orElseThrow().reason());
        assertEquals(List.of(), saga.retryOverdue(T0.plusSeconds(500), TIMEOUT, 3, (s, a) -> "why"), "a stuck step waits");

        List<SagaStepRequested> resumed = saga.resume("operator", T0.plusSeconds(600));
        assertEquals(1, resumed.size());
        assertEquals(4, resumed.get(0).attempt());
        assertEquals("running", saga.status());
        assertNull(saga.steps().stream().filter(s -> s.step().equals("media")).findFirst().orElseThrow().reason());
        assertEquals(5, saga.retryOverdue(T0.plusSeconds(630), TIMEOUT, 3, (s, a) -> "why").get(0).attempt(),
                "a resume gives the whole budget again");

        assertTrue(saga.complete("media", T0.plusSeconds(640)));
        assertEquals("done", saga.status());
        assertThrows(IllegalStateException.class, () -> saga.resume("operator", T0.plusSeconds(700)));
    }

    @Test
    void aLateAnswerUnsticksAStep() {
        Saga saga = Saga.start(SagaKind.BAN, USER, "ann", UUID.randomUUID(), T0);
        saga.complete("identity", T0);
        saga.complete("search", T0);
        saga.retryOverdue(T0.plusSeconds(30), Duration.ofSeconds(30), 1, (s, a) -> "why");
        assertEquals("stuck", saga.status());
        assertTrue(saga.complete("content", T0.plusSeconds(40)));
        assertEquals("done", saga.status());
    }

    @Test
    void aSupersededSagaAsksNothingMore() {
        Saga saga = Saga.start(SagaKind.BAN, USER, "ann", UUID.randomUUID(), T0);
        assertTrue(saga.requests().stream().allMatch(r -> r.action() == SagaAction.HIDE));
        saga.supersede(T0.plusSeconds(1));
        assertEquals("superseded", saga.status());
        assertEquals(List.of(), saga.retryOverdue(T0.plusSeconds(300), TIMEOUT, 3, (s, a) -> "why"));
        assertFalse(saga.complete("content", T0.plusSeconds(2)));
    }
}

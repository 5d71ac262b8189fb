package nova.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

class SagaEventsTest {

    private static final UUID SAGA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void aRequestReadsBackAsWrittenAndIsKeyedByTheMember() {
        SagaStepRequested requested = new SagaStepRequested(SAGA, "media", SagaAction.ERASE, USER, "ann", 2);
        assertEquals(requested, EventJson.fromJson(EventJson.toJson(requested), SagaStepRequested.class));
        assertEquals("ERASE", EventJson.toJson(requested).getString("action"));
        assertEquals(USER.toString(), requested.aggregateId());
        assertEquals("events.saga.step_requested", requested.type());
        assertThrows(IllegalArgumentException.class, () -> new SagaStepRequested(SAGA, "media", SagaAction.ERASE, USER, "ann", 0));
    }

    @Test
    void aCompletionIsTypedByItsContextAndAction() {
        SagaStepCompleted done = new SagaStepCompleted(SAGA, "content", SagaAction.HIDE, USER, 1, Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals("content.member.hidden", done.type());
        assertEquals(done, EventJson.fromJson(EventJson.toJson(done), SagaStepCompleted.class));
        assertTrue(SagaStepCompleted.isCompletion("search.member.erased"));
        assertTrue(SagaStepCompleted.isCompletion("identity.member.restored"));
        assertFalse(SagaStepCompleted.isCompletion("content.post.created"));
    }
}

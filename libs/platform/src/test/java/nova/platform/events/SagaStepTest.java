package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.contracts.events.SagaAction;
import nova.contracts.events.SagaStepCompleted;
import nova.contracts.events.SagaStepRequested;
import org.junit.jupiter.api.Test;

class SagaStepTest {

    private final List<String> done = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();

    /** A context's step as its WAR would write one: erase only (no part in the ban saga). */
    private final SagaStep media = new SagaStep() {
        @Override
        protected void erase(UUID userId, String username, Connection transaction) {
            done.add("erase " + userId + " " + username);
        }
    };

    SagaStepTest() {
        media.context = "media";
        media.outbox = new Outbox() {
            @Override
            public CloudEvent publish(DomainEvent event) {
                published.add(event);
                return null;
            }
        };
    }

    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.add((String) args[0]);
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                                (p, m, a) -> m.getName().equals("executeUpdate") ? 1 : null);
                    }
                    return null;
                });
    }

    private static ReceivedEvent request(String step, SagaAction action, UUID user, int attempt, UUID saga) {
        SagaStepRequested requested = new SagaStepRequested(saga, step, action, user, "ann", attempt);
        return new ReceivedEvent("nova.events", 0, 0, user.toString(),
                CloudEvent.of("events", requested.type(), requested.aggregateId(), EventJson.toJson(requested)));
    }

    @Test
    void aRequestForThisContextIsDoneRememberedAndAnsweredWithItsAttempt() throws Exception {
        UUID user = UUID.randomUUID();
        UUID saga = UUID.randomUUID();
        media.handle(request("media", SagaAction.ERASE, user, 2, saga), connection());
        assertEquals(List.of("erase " + user + " ann"), done);
        assertTrue(statements.get(0).startsWith("INSERT INTO erased_members"), statements.toString());
        SagaStepCompleted answer = (SagaStepCompleted) published.get(0);
        assertEquals("media.member.erased", answer.type());
        assertEquals(saga, answer.sagaId());
        assertEquals(2, answer.attempt());
        assertEquals(user.toString(), answer.aggregateId());
    }

    @Test
    void aRequestForAnotherContextChangesNothingAndIsNotAnswered() throws Exception {
        media.handle(request("content", SagaAction.ERASE, UUID.randomUUID(), 1, UUID.randomUUID()), connection());
        assertEquals(List.of(), done);
        assertEquals(List.of(), published);
        assertEquals(List.of(), statements);
    }

    @Test
    void aContextWithoutAPartInTheBanSagaRefusesItsRequestAndAnswersNothing() {
        assertThrows(UnsupportedOperationException.class,
                () -> media.handle(request("media", SagaAction.HIDE, UUID.randomUUID(), 1, UUID.randomUUID()), connection()));
        assertEquals(List.of(), published);
    }
}

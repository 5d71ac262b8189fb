package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import org.junit.jupiter.api.Test;

/** One round of the deadline job: every due account is handled on its own, one failure holds up nobody. */
class AccountDeadlinesTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void everyDueAccountIsHandledEvenWhenOneFails() {
        UUID banned1 = UUID.randomUUID();
        UUID banned2 = UUID.randomUUID();
        UUID leaving1 = UUID.randomUUID();
        UUID leaving2 = UUID.randomUUID();
        List<String> handled = new ArrayList<>();
        AccountDeadlines deadlines = new AccountDeadlines();
        deadlines.accounts = new AccountService() {
            @Override
            public List<UUID> lapsingBans(Instant now) {
                return List.of(banned1, banned2);
            }

            @Override
            public List<UUID> dueDeletions(Instant now) {
                return List.of(leaving1, leaving2);
            }

            @Override
            public Optional<UserUnbanned> lapseBan(UUID userId, Instant now) {
                handled.add("lapse " + userId);
                if (userId.equals(banned1)) {
                    throw new IllegalStateException("row refused");
                }
                return Optional.of(new UserUnbanned(userId, null, now));
            }

            @Override
            public Optional<UserDeleted> deleteIfDue(UUID userId, Instant now) {
                handled.add("delete " + userId);
                if (userId.equals(leaving1)) {
                    throw new IllegalStateException("row refused");
                }
                return Optional.empty();
            }
        };

        deadlines.run(NOW);

        assertEquals(List.of("lapse " + banned1, "lapse " + banned2, "delete " + leaving1, "delete " + leaving2), handled);
    }

    @Test
    void aDeadlineSetHereGetsARoundWhenItComesAndAFarOneWaitsForThePeriodicRounds() {
        List<Long> delays = new ArrayList<>();
        AccountDeadlines deadlines = new AccountDeadlines();
        deadlines.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("schedule") && args[2] == TimeUnit.MILLISECONDS) {
                        delays.add((Long) args[1]);
                        return null;
                    }
                    if (method.getName().equals("scheduleWithFixedDelay")) {
                        return null; // the periodic rounds: not this test's
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        deadlines.interval = java.time.Duration.ofSeconds(20);
        deadlines.database = new nova.platform.persistence.ContextDatabase() {
            @Override
            public boolean isConfigured() {
                return true;
            }
        };
        deadlines.start();

        deadlines.onDue(new AccountDeadlines.Due(Instant.now().plusSeconds(4)));
        deadlines.onDue(new AccountDeadlines.Due(Instant.now().minusSeconds(1)));
        deadlines.onDue(new AccountDeadlines.Due(Instant.now().plus(AccountDeadlines.AHEAD).plusSeconds(60)));

        assertEquals(2, delays.size(), "a round for each near deadline, none for the far one: " + delays);
        assertTrue(delays.get(0) > 4000 && delays.get(0) <= 4250, "just after the ban ends: " + delays.get(0));
        assertEquals(0L, delays.get(1), "a deadline already past: at once");
    }
}

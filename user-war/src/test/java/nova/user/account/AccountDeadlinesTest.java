package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

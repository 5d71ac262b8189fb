package nova.identity.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.RolesChanged;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.identity.account.AccountStanding;
import nova.identity.account.AccountStatus;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What identity consumes from the user context: exactly its four events, read from the envelope the user
 * context's outbox writes (a contract test: the records are the user context's own).
 */
class StandingIntakeTest {

    static final UUID ADA = UUID.randomUUID();
    static final UUID MODERATOR = UUID.randomUUID();
    static final Instant T = Instant.parse("2026-11-25T12:00:00.123456Z");

    final StandingIntake intake = new StandingIntake();

    @Test
    void itReadsTheUserContextsTopicUnderItsOwnName() {
        assertEquals("standing", intake.name());
        assertEquals(List.of("nova.user"), List.copyOf(intake.topics()));
    }

    @ParameterizedTest
    @ValueSource(strings = {UserBanned.TYPE, UserUnbanned.TYPE, UserDeleted.TYPE, RolesChanged.TYPE})
    void itWantsBansUnbansDeletionsAndRoleChanges(String type) {
        assertTrue(intake.wants(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {ProfileUpdated.TYPE, "user.deletion.scheduled", "user.settings.updated", "user.verified",
            "identity.user.registered"})
    void otherEventsArePassedOver(String type) {
        assertFalse(intake.wants(type));
    }

    @Test
    void aBanAsTheUserContextWritesItIsReadBack() {
        UserBanned banned = new UserBanned(ADA, "ada", "Spam.", T.plusSeconds(3600), MODERATOR, T);
        UserBanned received = EventJson.fromJson(throughTheWire(UserBanned.TYPE, EventJson.toJson(banned)).data(), UserBanned.class);
        assertEquals(banned, received);
        AccountStanding standing = AccountStanding.ACTIVE.banned(received.until(), received.bannedAt()).orElseThrow();
        assertEquals(AccountStatus.BANNED, standing.status());
        assertFalse(standing.allowsLoginAt(T));
        assertTrue(standing.allowsLoginAt(T.plusSeconds(3600)));
    }

    @Test
    void aBanWithoutEndAnUnbanByTheClockAndADeletionAreReadBack() {
        UserBanned forever = new UserBanned(ADA, "ada", "Spam.", null, MODERATOR, T);
        assertEquals(forever, EventJson.fromJson(throughTheWire(UserBanned.TYPE, EventJson.toJson(forever)).data(), UserBanned.class));
        UserUnbanned lapsed = new UserUnbanned(ADA, null, T);
        assertEquals(lapsed, EventJson.fromJson(throughTheWire(UserUnbanned.TYPE, EventJson.toJson(lapsed)).data(), UserUnbanned.class));
        UserDeleted deleted = new UserDeleted(ADA, "ada", T);
        assertEquals(deleted, EventJson.fromJson(throughTheWire(UserDeleted.TYPE, EventJson.toJson(deleted)).data(), UserDeleted.class));
    }

    @Test
    void theGroupsCarryTheRolesPermissionsTrimmedSortedAndEachOnce() {
        RolesChanged changed = new RolesChanged(ADA, List.of("moderator", "operator"),
                Arrays.asList("view_dead_letters", " moderate_content", "", "view_dead_letters", "  "), null, T);
        RolesChanged received = EventJson.fromJson(throughTheWire(RolesChanged.TYPE, EventJson.toJson(changed)).data(), RolesChanged.class);
        assertEquals(List.of("moderate_content", "view_dead_letters"), StandingIntake.permissionsOf(received));
        assertEquals(List.of(), StandingIntake.permissionsOf(new RolesChanged(ADA, List.of(), List.of(), MODERATOR, T)));
    }

    /** Written by the user context's outbox, read back by identity's consumer. */
    static CloudEvent throughTheWire(String type, jakarta.json.JsonObject data) {
        return CloudEvent.parse(CloudEvent.of("user", type, ADA.toString(), data).toBytes());
    }
}

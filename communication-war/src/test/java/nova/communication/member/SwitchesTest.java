package nova.communication.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SwitchesTest {

    @Test
    void aSwitchNeverSaidIsTheDefault() {
        String stored = Switches.write(Map.of("like", false));

        assertEquals("{\"like\":false}", stored);
        assertFalse(Switches.read(stored, "like", true));
        assertTrue(Switches.read(stored, "follow", true));
        assertFalse(Switches.read("{}", "digest", false));
    }

    @Test
    void emailKindsFollowTheUserContextsDefaults() {
        Member member = Member.known(java.util.UUID.randomUUID(), java.time.Instant.now());

        assertTrue(member.wantsEmail("notifications"));
        assertFalse(member.wantsEmail("product_news"));
        assertTrue(member.wantsNotification("mention"));
        member.emailChoices(Map.of("notifications", false), java.time.Instant.now());
        assertFalse(member.wantsEmail("notifications"));
    }
}

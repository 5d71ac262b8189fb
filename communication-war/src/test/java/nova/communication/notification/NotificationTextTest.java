package nova.communication.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    @Test
    void oneActorIsNamed() {
        assertEquals("Ada liked your post", NotificationText.of("like", "post", null, List.of("Ada"), 1));
    }

    @Test
    void twoActorsAreBothNamed() {
        assertEquals("Ada and Bob followed you", NotificationText.of("follow", "user", null, List.of("Ada", "Bob"), 2));
    }

    @Test
    void moreActorsAreCountedAfterTheNewest() {
        assertEquals("Cy and 3 others shared your post",
                NotificationText.of("share", "post", null, List.of("Cy", "Bob", "Ada"), 4));
        assertEquals("Cy and 1 other replied to your comment",
                NotificationText.of("comment", "comment", null, List.of("Cy"), 2));
    }

    @Test
    void aModerationOutcomeNamesNoModerator() {
        assertEquals("Your comment was hidden by a moderator",
                NotificationText.of("moderation", "comment", "hide", List.of(), 0));
        assertEquals("Your post was restored by a moderator",
                NotificationText.of("moderation", "post", "restore", List.of(), 0));
    }
}

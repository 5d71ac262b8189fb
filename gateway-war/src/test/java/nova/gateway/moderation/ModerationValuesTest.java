package nova.gateway.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The GraphQL values of moderation's enums are the content context's, in lower case. */
class ModerationValuesTest {

    @Test
    void graphqlValuesAreTheContentContextsInLowerCase() {
        assertEquals("misinformation", ReportCategory.MISINFORMATION.wire());
        assertEquals(ReportedItemState.SUSPENDED, ReportedItemState.of("suspended"));
        assertEquals(null, ReportResolution.of(null));
    }
}

package nova.content.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nova.content.item.ContentItem;
import nova.contracts.content.ModerationDecision;
import nova.contracts.content.ReportDraft;
import nova.contracts.content.ReportedItem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class ModerationRulesTest {

    static List<String> fields(Rejection rejection) {
        return rejection.errors().stream().map(e -> e.field()).toList();
    }

    @Test
    void hideAndRemoveTombstoneRestoreUndoesOnlyAHide() {
        assertEquals("hidden", ContentItem.moderationAfter("visible", "hide"));
        assertEquals("removed", ContentItem.moderationAfter("visible", "remove"));
        assertEquals("removed", ContentItem.moderationAfter("hidden", "remove"));
        assertEquals("visible", ContentItem.moderationAfter("hidden", "restore"));
        for (String[] refused : new String[][] {{"hidden", "hide"}, {"removed", "hide"}, {"removed", "remove"},
                {"removed", "restore"}, {"visible", "restore"}}) {
            Rejection rejection = assertThrows(Rejection.class, () -> ContentItem.moderationAfter(refused[0], refused[1]));
            assertEquals(409, rejection.problem().status(), String.join(" ", refused));
        }
    }

    @Test
    void aReportNeedsAKnownCategoryAndOneToTwentyDistinctItems() {
        UUID id = UUID.randomUUID();
        ReportTerms terms = ReportTerms.of(new ReportDraft(" Spam ", "  ", List.of(ReportedItem.named("post", id))));
        assertEquals("spam", terms.category());
        assertEquals(null, terms.comment());
        assertEquals(List.of(new ItemRef("post", id)), terms.items());

        assertEquals(List.of("category", "items"),
                fields(assertThrows(Rejection.class, () -> ReportTerms.of(new ReportDraft("rude", null, List.of())))));
        List<ReportedItem> many = new ArrayList<>(Collections.nCopies(21, ReportedItem.named("post", id)));
        assertEquals(List.of("items"),
                fields(assertThrows(Rejection.class, () -> ReportTerms.of(new ReportDraft("spam", null, many)))));
        assertEquals(List.of("items[1]", "items[2].type", "items[3].id"), fields(assertThrows(Rejection.class,
                () -> ReportTerms.of(new ReportDraft("spam", null, List.of(ReportedItem.named("post", id),
                        ReportedItem.named("post", id), ReportedItem.named("user", id), ReportedItem.named("comment", null)))))));
        assertEquals(List.of("comment"), fields(assertThrows(Rejection.class, () -> ReportTerms.of(
                new ReportDraft("other", "x".repeat(1001), List.of(ReportedItem.named("article", id)))))));
        assertEquals(400, assertThrows(Rejection.class, () -> ReportTerms.of(null)).problem().status());
    }

    @Test
    void aDecisionNeedsItsItemAKnownActionAndAReason() {
        UUID id = UUID.randomUUID();
        DecisionTerms terms = DecisionTerms.of(new ModerationDecision("comment", id, "hide", "  spam link ", null));
        assertEquals(new ItemRef("comment", id), terms.item());
        assertEquals("spam link", terms.reason());

        assertEquals(List.of("itemType", "itemId", "action", "reason"), fields(assertThrows(Rejection.class,
                () -> DecisionTerms.of(new ModerationDecision("user", null, "delete", " ", null)))));
        assertEquals(List.of("reason"), fields(assertThrows(Rejection.class,
                () -> DecisionTerms.of(new ModerationDecision("post", id, "remove", "y".repeat(1001), null)))));
    }

    @Test
    void theQueueCursorReadsBackAndAnythingElseIsInvalidInput() {
        ReportCursor cursor = new ReportCursor(java.time.Instant.parse("2026-12-06T18:00:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, ReportCursor.decode(cursor.encode()));
        assertEquals(List.of("after"), fields(assertThrows(Rejection.class, () -> ReportCursor.decode("bm9wZQ"))));
    }

    @Test
    void anItemsStateSaysTheModeratorsDecisionFirst() {
        ItemRef ref = new ItemRef("post", UUID.randomUUID());
        assertEquals("hidden", new ModeratedItem(ref, UUID.randomUUID(), "t", true, "hidden", true).state());
        assertEquals("deleted", new ModeratedItem(ref, UUID.randomUUID(), "t", true, "visible", true).state());
        assertEquals("suspended", new ModeratedItem(ref, UUID.randomUUID(), "t", false, "visible", true).state());
        assertTrue(new ModeratedItem(ref, UUID.randomUUID(), "t", false, "visible", false).shown());
        assertEquals(null, new ModeratedItem(ref, UUID.randomUUID(), "t", true, "visible", false).forModerators().text());
    }
}

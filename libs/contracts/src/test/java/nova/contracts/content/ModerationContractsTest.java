package nova.contracts.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.EventJson;
import org.junit.jupiter.api.Test;

/** What a reporter's client sends reads as the records (JSON-B, as the servers bind it); the events round-trip. */
class ModerationContractsTest {

    @Test
    void aReportAsAClientWritesItReads() throws Exception {
        UUID id = UUID.randomUUID();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            ReportDraft draft = jsonb.fromJson("{\"category\":\"spam\",\"items\":[{\"type\":\"post\",\"id\":\"" + id + "\"}]}",
                    ReportDraft.class);
            assertEquals("spam", draft.category());
            assertNull(draft.comment());
            assertEquals(List.of(ReportedItem.named("post", id)), draft.items());

            ModerationDecision decision = jsonb.fromJson("{\"itemType\":\"comment\",\"itemId\":\"" + id
                    + "\",\"action\":\"hide\",\"reason\":\"r\"}", ModerationDecision.class);
            assertEquals(new ModerationDecision("comment", id, "hide", "r", null), decision);

            Report report = new Report(id, UUID.randomUUID(), "other", null,
                    List.of(new ReportedItem("post", id, UUID.randomUUID(), "text", "hidden")), "open", null, null,
                    Instant.parse("2026-12-06T18:00:00Z"), null);
            assertEquals(report, jsonb.fromJson(jsonb.toJson(report), Report.class));
        }
    }

    @Test
    void theModerationEventsRoundTripWithTheirKeys() {
        UUID item = UUID.randomUUID();
        ContentModerated moderated = new ContentModerated("comment", item, UUID.randomUUID(), "remove", "spam",
                UUID.randomUUID(), null, Instant.parse("2026-12-06T18:00:00.123456Z"));
        assertEquals(moderated, EventJson.fromJson(EventJson.toJson(moderated), ContentModerated.class));
        assertEquals("comment", moderated.aggregateType());
        assertEquals(item.toString(), moderated.aggregateId());
        ReportFiled filed = new ReportFiled(UUID.randomUUID(), UUID.randomUUID(), "hate", 3, Instant.now());
        assertEquals(filed, EventJson.fromJson(EventJson.toJson(filed), ReportFiled.class));
        assertEquals(filed.reportId().toString(), filed.aggregateId());
    }
}

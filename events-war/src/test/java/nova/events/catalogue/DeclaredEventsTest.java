package nova.events.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.contracts.event.PublishedEvents;
import nova.contracts.user.UserBanned;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

/** The code's half of the catalogue: every contracts record has an entry whose example reads back as that record. */
class DeclaredEventsTest {

    @Test
    void everyRecordHasAnEntryWhoseExampleReadsBackAsItsRecord() {
        assertEquals(PublishedEvents.records().size(), DeclaredEvents.ALL.size());
        Set<String> types = new HashSet<>();
        for (Class<? extends DomainEvent> record : PublishedEvents.records()) {
            DeclaredEvents.Declared entry = DeclaredEvents.ALL.stream()
                    .filter(d -> d.record().equals(record.getSimpleName()) && d.type().equals(PublishedEvents.typeOf(record)))
                    .findFirst().orElseThrow(() -> new AssertionError("no entry for " + record));
            assertTrue(types.add(entry.type()));
            CloudEvent example = CloudEvent.from(entry.example());
            assertEquals(entry.type(), example.type());
            assertEquals(entry.producer(), example.source());
            assertEquals("nova." + entry.producer(), entry.topic());
            assertEquals(entry.schemaVersion(), example.dataschemaversion());
            DomainEvent read = EventJson.fromJson(example.data(), record);
            assertEquals(Samples.of(record), read, "the example's payload is the record's");
            assertEquals(read.aggregateId(), example.subject());
            assertFalse(entry.aggregate().isBlank());
        }
    }

    @Test
    void anExampleReadsTheSameOnEveryCall() {
        assertEquals(DeclaredEvents.declare(UserBanned.class), DeclaredEvents.declare(UserBanned.class));
        assertEquals(1, DeclaredEvents.declare(UserBanned.class).schemaVersion());
    }
}

package nova.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of aggregates misses no event record of the contracts, and every record says its type and producer. */
class PublishedEventsTest {

    @Test
    void everyEventRecordOfTheContractsIsListed() throws IOException, URISyntaxException {
        Path classes = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found;
        try (Stream<Path> files = Files.walk(classes)) {
            found = files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(PublishedEventsTest::load)
                    .filter(type -> type.isRecord() && DomainEvent.class.isAssignableFrom(type))
                    .filter(type -> !PublishedEvents.PER_PRODUCER.contains(type))
                    .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = PublishedEvents.records().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(found.size() > 20, "the scan found the records: " + found);
        assertEquals(found, listed, "an aggregate's sealed interface is missing from PublishedEvents.AGGREGATES");
    }

    @Test
    void everyTypeIsNamedOnceAndByItsProducer() {
        Set<String> types = new HashSet<>();
        for (Class<? extends DomainEvent> record : PublishedEvents.records()) {
            String type = PublishedEvents.typeOf(record);
            assertTrue(types.add(type), "two records say " + type);
            assertTrue(type.startsWith(PublishedEvents.producerOf(record) + "."), type);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublishedEventsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}

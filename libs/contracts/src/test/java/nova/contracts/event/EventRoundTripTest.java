package nova.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nova.contracts.identity.AccountEvent;
import nova.contracts.media.MediaEvent;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a producer writes, a consumer reads: every event record of every aggregate (found through
 * the sealed interfaces, so a record added later is covered without touching this test) goes
 * through {@link EventJson} and back unchanged, its payload holds exactly its components, and a
 * payload with a field the record does not know still reads.
 */
class EventRoundTripTest {

    /** Every aggregate's sealed interface; a new aggregate adds one line here. */
    static final List<Class<?>> AGGREGATES = List.of(AccountEvent.class, UserEvent.class, MediaEvent.class);

    /** The payload field that holds each aggregate's subject (its id, the record key). */
    static final Map<Class<?>, String> SUBJECT_FIELDS = Map.of(AccountEvent.class, "userId", UserEvent.class, "userId",
            MediaEvent.class, "mediaId");

    static String subjectField(Class<?> type) {
        return AGGREGATES.stream().filter(aggregate -> aggregate.isAssignableFrom(type)).findFirst()
                .map(SUBJECT_FIELDS::get).orElseThrow();
    }

    static Stream<Class<?>> records() {
        return AGGREGATES.stream().flatMap(aggregate -> Arrays.stream(aggregate.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("records")
    void whatTheProducerWritesTheConsumerReads(Class<?> type) throws Exception {
        DomainEvent event = example(type);

        JsonObject written = EventJson.toJson(event);

        assertEquals(event, EventJson.fromJson(written, type.asSubclass(DomainEvent.class)));
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(components, new TreeSet<>(written.keySet()),
                "the payload is the record's components, nothing of where it goes (type, aggregate id)");
    }

    @ParameterizedTest
    @MethodSource("records")
    void aFieldTheConsumerDoesNotKnowIsPassedOver(Class<?> type) throws Exception {
        DomainEvent event = example(type);
        JsonObject newer = Json.createObjectBuilder(EventJson.toJson(event))
                .add("addedByANewerProducer", Json.createObjectBuilder().add("x", 1)).build();

        assertEquals(event, EventJson.fromJson(newer, type.asSubclass(DomainEvent.class)));
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordSaysItsTypeAndKeyAndTheTypeNamesItsContext(Class<?> type) throws Exception {
        DomainEvent event = example(type);

        assertEquals(type.getField("TYPE").get(null), event.type());
        assertEquals(SAMPLE_ID.toString(), event.aggregateId());
        String context = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
        assertTrue(event.type().startsWith(context + "."), event.type());
        assertFalse(event.aggregateType().isBlank());
    }

    @ParameterizedTest
    @MethodSource("records")
    void aPayloadWithoutItsSubjectIsUnreadableNotHalfRead(Class<?> type) throws Exception {
        JsonObject written = EventJson.toJson(example(type));
        JsonObject withoutSubject = Json.createObjectBuilder(written).remove(subjectField(type)).build();

        assertThrows(EventJson.UnreadableEvent.class,
                () -> EventJson.fromJson(withoutSubject, type.asSubclass(DomainEvent.class)));
    }

    @Test
    void aBanWithoutEndIsWrittenAsAnExplicitNull() {
        UserBanned forever = new UserBanned(SAMPLE_ID, "ada", "spam", null, SAMPLE_ID, SAMPLE_TIME);

        JsonObject written = EventJson.toJson(forever);

        assertTrue(written.isNull("until"));
        assertEquals(forever, EventJson.fromJson(written, UserBanned.class));
    }

    @Test
    void aProfileWrittenBeforeMediaLinksAndVerificationReadsAsNoneOfThem() {
        JsonObject firstVersion = read("""
                {"userId":"%s","username":"ada","displayName":null,"bio":null,"locale":"en",
                 "updatedAt":"2026-01-02T03:04:05Z"}""".formatted(SAMPLE_ID));

        ProfileUpdated read = EventJson.fromJson(firstVersion, ProfileUpdated.class);

        assertEquals(new ProfileUpdated(SAMPLE_ID, "ada", null, null, "en", Instant.parse("2026-01-02T03:04:05Z")), read);
    }

    @Test
    void aPayloadThatDoesNotFitItsRecordIsUnreadableNotHalfRead() {
        JsonObject broken = read("{\"userId\":\"not-a-uuid\",\"username\":\"ada\"}");

        assertThrows(EventJson.UnreadableEvent.class, () -> EventJson.fromJson(broken, UserBanned.class));
    }

    // --- examples: every component gets a value of its type ----------------------------------

    static final UUID SAMPLE_ID = UUID.fromString("0a1b2c3d-0000-4000-8000-000000000001");
    static final Instant SAMPLE_TIME = Instant.parse("2026-12-06T12:00:00.123456Z");

    static DomainEvent example(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        Object[] values = Arrays.stream(components).map(c -> sample(c.getName(), c.getGenericType())).toArray();
        return (DomainEvent) canonical.newInstance(values);
    }

    static Object sample(String name, Type type) {
        if (type == UUID.class) {
            return name.equals("userId") || name.equals("mediaId") ? SAMPLE_ID : UUID.nameUUIDFromBytes(name.getBytes());
        }
        if (type == String.class) {
            return "sample " + name + " ünïcødé \"quoted\"";
        }
        if (type == Instant.class) {
            return SAMPLE_TIME;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return 7;
        }
        if (type == long.class) {
            return 7L;
        }
        if (type == Integer.class) {
            return 640;
        }
        if (type == Double.class) {
            return 12.5;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Type element = generic.getActualTypeArguments()[0];
            if (element == ProfileLink.class) {
                return List.of(new ProfileLink("site", "https://example.org/ada"));
            }
            return List.of(sample(name + "[0]", element), sample(name + "[1]", element));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            return Map.of("first", true, "second", false);
        }
        throw new AssertionError("no example for a component of type " + type + " (" + name + "): add one here");
    }

    static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

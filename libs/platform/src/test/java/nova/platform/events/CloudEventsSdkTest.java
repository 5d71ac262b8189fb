package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.json.Json;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Nova's envelope ({@link CloudEvent}) against the official CloudEvents Java SDK's JSON format, for every event type
 * the contexts publish: each record of {@code nova.contracts} with a {@code TYPE} constant (found on the class path,
 * so a type added later is covered without touching this test) and the platform's own dead letter. Written by Nova,
 * the SDK reads every attribute, both extensions and the data unchanged; written by the SDK, Nova reads the same.
 */
class CloudEventsSdkTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    /** Microseconds, as PostgreSQL keeps them and the outbox writes them. */
    static final Instant TIME = Instant.parse("2026-11-20T08:00:00.123456Z");

    static final EventFormat SDK_JSON = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    /** Every published type, with a payload as its contract record writes it. */
    static Map<String, JsonObject> published() {
        Map<String, JsonObject> types = new TreeMap<>();
        for (Class<?> contract : contractsWithType()) {
            types.put(typeOf(contract), Samples.payload(contract));
        }
        // the platform's own: the dead letter carries the failed event inside its data
        CloudEvent failed = new CloudEvent(UUID.randomUUID(), "user", "user.profile.updated", UUID.randomUUID().toString(),
                TIME, 1, TRACEPARENT, Json.createObjectBuilder().add("userId", UUID.randomUUID().toString()).build());
        types.put(EventConsumer.DEAD_LETTER_TYPE, Json.createObjectBuilder().add("consumer", "nova.user.accounts")
                .add("topic", "nova.user").add("partition", 2).add("offset", 42L).add("attempts", 4)
                .add("error", "java.lang.IllegalStateException: no").add("failedAt", TIME.toString())
                .add("key", failed.subject()).add("event", failed.toJsonObject()).build());
        return types;
    }

    @Test
    void theTypesAreFoundOnTheClassPath() {
        Set<String> types = published().keySet();
        // the scan is what keeps this test complete: it must find what is certainly there
        assertTrue(types.containsAll(Set.of("identity.user.registered", "identity.session.revoked",
                "user.profile.created", "user.roles.changed", EventConsumer.DEAD_LETTER_TYPE)), types.toString());
        types.forEach(type -> assertTrue(CloudEvent.TYPE.matcher(type).matches(), type));
    }

    @TestFactory
    Stream<DynamicTest> whatNovaWritesTheSdkReadsUnchanged() {
        return published().entrySet().stream().map(type -> DynamicTest.dynamicTest(type.getKey(), () -> {
            CloudEvent nova = new CloudEvent(UUID.randomUUID(), type.getKey().substring(0, type.getKey().indexOf('.')),
                    type.getKey(), UUID.randomUUID().toString(), TIME, 2, TRACEPARENT, type.getValue());

            io.cloudevents.CloudEvent sdk = SDK_JSON.deserialize(nova.toBytes());

            assertEquals(SpecVersion.V1, sdk.getSpecVersion());
            assertEquals(nova.id().toString(), sdk.getId());
            assertEquals(URI.create(nova.source()), sdk.getSource());
            assertEquals(nova.type(), sdk.getType());
            assertEquals(nova.subject(), sdk.getSubject());
            assertEquals(nova.time(), sdk.getTime().toInstant());
            assertEquals("application/json", sdk.getDataContentType());
            assertNull(sdk.getDataSchema());
            assertEquals(Set.of("dataschemaversion", "traceparent"), sdk.getExtensionNames());
            assertEquals(2, sdk.getExtension("dataschemaversion"));
            assertEquals(TRACEPARENT, sdk.getExtension("traceparent"));
            assertEquals(nova.data(), json(sdk.getData().toBytes()));

            // and back: what the SDK writes of it is the same Nova event
            assertEquals(nova, CloudEvent.parse(SDK_JSON.serialize(sdk)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> whatTheSdkWritesNovaReadsUnchanged() {
        return published().entrySet().stream().map(type -> DynamicTest.dynamicTest(type.getKey(), () -> {
            String id = UUID.randomUUID().toString();
            String subject = UUID.randomUUID().toString();
            byte[] data = type.getValue().toString().getBytes(StandardCharsets.UTF_8);
            io.cloudevents.CloudEvent sdk = CloudEventBuilder.v1()
                    .withId(id).withSource(URI.create("user")).withType(type.getKey()).withSubject(subject)
                    .withTime(TIME.atOffset(ZoneOffset.UTC)).withExtension("dataschemaversion", 3)
                    .withExtension("traceparent", TRACEPARENT).withData("application/json", data).build();

            CloudEvent nova = CloudEvent.parse(SDK_JSON.serialize(sdk));

            assertEquals(new CloudEvent(UUID.fromString(id), "user", type.getKey(), subject, TIME, 3, TRACEPARENT,
                    type.getValue()), nova);
        }));
    }

    @Test
    void withoutTraceparentNeitherSideInventsOne() {
        CloudEvent nova = new CloudEvent(UUID.randomUUID(), "user", "user.profile.created", "u-1", TIME, 1, null,
                JsonValue.EMPTY_JSON_OBJECT);

        io.cloudevents.CloudEvent sdk = SDK_JSON.deserialize(nova.toBytes());

        assertEquals(Set.of("dataschemaversion"), sdk.getExtensionNames());
        assertEquals(1, sdk.getExtension("dataschemaversion"));
        CloudEvent back = CloudEvent.parse(SDK_JSON.serialize(sdk));
        assertNull(back.traceparent());
        assertEquals(nova, back);
    }

    @Test
    void anSdkEventWithoutDataschemaversionIsVersionOne() {
        io.cloudevents.CloudEvent sdk = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("identity")).withType("identity.user.registered").withSubject("u-2")
                .withTime(TIME.atOffset(ZoneOffset.UTC))
                .withData("application/json", "{\"userId\":\"u-2\"}".getBytes(StandardCharsets.UTF_8)).build();

        CloudEvent nova = CloudEvent.parse(SDK_JSON.serialize(sdk));

        assertEquals(1, nova.dataschemaversion());
        assertNull(nova.traceparent());
        assertEquals("u-2", nova.data().getString("userId"));
        assertFalse(nova.toJsonObject().containsKey("traceparent"));
    }

    static JsonObject json(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        }
    }

    // --- the published types, found on the class path ------------------------------------------

    /** The records under {@code nova.contracts} that name an event type in a {@code TYPE} constant. */
    static List<Class<?>> contractsWithType() {
        List<Class<?>> found = new ArrayList<>();
        for (String name : classNames("nova/contracts")) {
            try {
                Class<?> type = Class.forName(name, false, CloudEventsSdkTest.class.getClassLoader());
                if (type.isRecord() && typeField(type) != null) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("listed but not loadable: " + name, e);
            }
        }
        return found;
    }

    private static Field typeField(Class<?> type) {
        try {
            Field field = type.getField("TYPE");
            int modifiers = field.getModifiers();
            return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
                    ? field : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    static String typeOf(Class<?> contract) {
        try {
            return (String) typeField(contract).get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classes under a package folder, in directories and jars alike (the reactor gives one, the repository the other). */
    static List<String> classNames(String folder) {
        List<String> names = new ArrayList<>();
        try {
            for (URL root : Collections.list(CloudEventsSdkTest.class.getClassLoader().getResources(folder))) {
                if (root.getProtocol().equals("file")) {
                    Path base = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(base)) {
                        files.map(base::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(className(folder + "/" + f.replace('\\', '/'))));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                        jar.stream().map(entry -> entry.getName())
                                .filter(f -> f.startsWith(folder + "/") && f.endsWith(".class"))
                                .forEach(f -> names.add(className(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    /** A payload of a contract record: a record made of sample values, written by the events' own codec. */
    static final class Samples {

        static JsonObject payload(Class<?> contract) {
            return EventJson.toJson((DomainEvent) sample(contract, contract));
        }

        /**
         * Records whose fields take one of a fixed set of words, which a made-up string would not pass: their
         * sample, as their producer would write it.
         */
        private static final Map<Class<?>, java.util.function.Supplier<Object>> WORDED = Map.of(
                nova.contracts.social.FollowRemoved.class,
                () -> new nova.contracts.social.FollowRemoved(UUID.randomUUID(), UUID.randomUUID(), "unfollow", TIME));

        /** A value of {@code type}: never null, so that every field shows in the payload. */
        static Object sample(Type type, Class<?> contract) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (WORDED.containsKey(raw)) {
                return WORDED.get(raw).get();
            }
            if (raw == String.class) {
                return "Zoë ✓ " + contract.getSimpleName();
            } else if (raw == UUID.class) {
                return UUID.randomUUID();
            } else if (raw == Instant.class) {
                return TIME;
            } else if (raw == boolean.class || raw == Boolean.class) {
                return true;
            } else if (raw == int.class || raw == Integer.class) {
                return 7;
            } else if (raw == long.class || raw == Long.class) {
                return 7L;
            } else if (raw == double.class || raw == Double.class) {
                return 12.5;
            } else if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            } else if (raw == List.class) {
                return List.of(sample(argument(type, 0), contract));
            } else if (raw == Map.class) {
                return Map.of(sample(argument(type, 0), contract), sample(argument(type, 1), contract));
            } else if (raw.isRecord()) {
                RecordComponent[] components = raw.getRecordComponents();
                Object[] values = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = sample(components[i].getGenericType(), contract);
                    types[i] = components[i].getType();
                }
                try {
                    return raw.getDeclaredConstructor(types).newInstance(values);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("no sample of " + raw.getName() + ": teach Samples its fields", e);
                }
            }
            throw new IllegalStateException("no sample of " + type + " in " + contract.getName()
                    + ": teach Samples this type");
        }

        private static Type argument(Type type, int index) {
            return ((ParameterizedType) type).getActualTypeArguments()[index];
        }
    }
}

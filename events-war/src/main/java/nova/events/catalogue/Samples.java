package nova.events.catalogue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An example of any event record, made from its components alone: each gets a plausible value of its type (ids
 * derived from the component's name, so an example reads the same every time), nested records the same way. No
 * example is written by hand for any type.
 */
final class Samples {

    static final Instant TIME = Instant.parse("2026-12-06T12:00:00Z");

    private Samples() {
    }

    /** An instance of {@code record}, through its canonical constructor. */
    static <T> T of(Class<T> record) {
        RecordComponent[] components = record.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(components).map(c -> allowed(record, c).orElseGet(
                () -> value(c.getName(), c.getGenericType()))).toArray();
        try {
            Constructor<T> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalArgumentException("no example of " + record.getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * A value the record itself lists for a text component: a public constant collection named after it
     * ({@code cause} → {@code CAUSES}, as {@code FollowRemoved} says which causes there are).
     */
    static Optional<Object> allowed(Class<?> record, RecordComponent component) {
        if (component.getType() != String.class) {
            return Optional.empty();
        }
        String prefix = component.getName().toUpperCase(Locale.ROOT);
        for (Field field : record.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Collection.class.isAssignableFrom(field.getType())
                    && field.getName().startsWith(prefix)) {
                try {
                    return ((Collection<?>) field.get(null)).stream().map(Object::toString).sorted()
                            .<Object>map(v -> v).findFirst();
                } catch (IllegalAccessException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Object value(String name, Type type) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(value(name, arguments[0]));
            }
            if (raw == Set.class) {
                return Set.of(value(name, arguments[0]));
            }
            if (raw == Map.class) {
                return Map.of(value("key", arguments[0]), value(name, arguments[1]));
            }
            throw new IllegalArgumentException("no example value for " + type);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes());
        }
        if (plain == String.class) {
            return text(name);
        }
        if (plain == Instant.class) {
            return TIME;
        }
        if (plain == LocalDate.class) {
            return LocalDate.of(2026, 12, 6);
        }
        if (plain == Duration.class) {
            return Duration.ofMinutes(5);
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return true;
        }
        if (plain == int.class || plain == Integer.class) {
            return 1;
        }
        if (plain == long.class || plain == Long.class) {
            return 1L;
        }
        if (plain == double.class || plain == Double.class) {
            return 0.5;
        }
        if (plain == float.class || plain == Float.class) {
            return 0.5f;
        }
        if (plain.isEnum()) {
            return plain.getEnumConstants()[0];
        }
        if (plain.isRecord()) {
            return of(plain);
        }
        throw new IllegalArgumentException("no example value for " + type);
    }

    /** Text shaped by what the component's name says it holds. */
    private static String text(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return "ada@example.org";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.org/" + name;
        }
        if (lower.contains("username") || lower.equals("handle")) {
            return "ada";
        }
        if (lower.contains("locale") || lower.contains("language")) {
            return "en";
        }
        if (lower.contains("hash") || lower.contains("sha")) {
            return "0".repeat(64);
        }
        if (lower.contains("type") || lower.contains("mime")) {
            return "image/jpeg";
        }
        return "example " + name;
    }
}

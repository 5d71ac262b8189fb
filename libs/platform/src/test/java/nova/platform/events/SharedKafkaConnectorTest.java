package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** What the connector refuses in a channel's configuration, before any consumer is made. */
class SharedKafkaConnectorTest {

    /** A channel's configuration as Reactive Messaging hands it over: its attributes, then the connector's. */
    record ChannelConfig(Map<String, String> values) implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(type.cast(type == Integer.class ? Integer.valueOf(value) : value));
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException();
        }
    }

    @Test
    void aChannelWithoutATopicIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SharedKafkaConnector()
                .getPublisherBuilder(new ChannelConfig(Map.of("channel-name", "standing", "group.id", "nova.t.intake"))));
        assertTrue(refused.getMessage().contains("standing") && refused.getMessage().contains("topic"),
                refused.getMessage());
    }

    @Test
    void aChannelWithoutAGroupIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SharedKafkaConnector()
                .getPublisherBuilder(new ChannelConfig(Map.of("channel-name", "standing", "topic", "nova.user"))));
        assertTrue(refused.getMessage().contains("standing") && refused.getMessage().contains("group.id"),
                refused.getMessage());
    }
}

package nova.communication.realtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * {@code nova.instance.id}: what tells this replica from the others, for its own consumer group of the real-time
 * push ({@code mp.messaging.incoming.realtime.group.id}). {@code NOVA_INSTANCE_ID} when set (in Kubernetes, the
 * pod's name through the downward API), else this host's name and the process id: a restarted replica is a new
 * member with a new group, which starts at the newest record. Lowest precedence (ordinal 50): the environment
 * and server variables override it.
 */
public class InstanceId implements ConfigSource {

    static final String NAME = "nova.instance.id";
    private static final String VALUE = compute();

    private static String compute() {
        String configured = System.getenv("NOVA_INSTANCE_ID");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return (host + "-" + ProcessHandle.current().pid()).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, VALUE);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? VALUE : null;
    }

    @Override
    public String getName() {
        return "nova-instance-id";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}

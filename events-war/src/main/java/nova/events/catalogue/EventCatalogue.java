package nova.events.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nova.events.infra.JsonText;
import nova.events.subscription.Subscription;
import nova.events.subscription.SubscriptionRegistry;

/**
 * The catalogue: the code's declared types ({@link DeclaredEvents}) joined with the running system: the consumer
 * groups the broker reports on each type's topic ({@code event_subscriptions}) and what the log holds of it. A type
 * the log holds that no record declares is listed too ({@code declared: false}), with its last logged envelope as
 * its example (redacted as the log keeps it).
 */
@ApplicationScoped
public class EventCatalogue {

    static final Duration RECENT = Duration.ofHours(24);

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Inject
    SubscriptionRegistry subscriptions;

    public List<CataloguedEvent> all() {
        Map<String, TreeSet<String>> consumers = new HashMap<>();
        for (Subscription subscription : subscriptions.current()) {
            consumers.computeIfAbsent(subscription.topic(), t -> new TreeSet<>()).add(subscription.consumerGroup());
        }
        Map<String, Object[]> seen = new LinkedHashMap<>(); // type -> {source, topic, count, last}
        for (Object[] row : entityManager.createQuery("SELECT e.type, MIN(e.topic), COUNT(e), MAX(e.time)"
                        + " FROM LogEntry e WHERE e.time >= :since GROUP BY e.type", Object[].class)
                .setParameter("since", Instant.now().minus(RECENT)).getResultList()) {
            seen.put((String) row[0], row);
        }
        List<CataloguedEvent> catalogue = new ArrayList<>();
        for (DeclaredEvents.Declared declared : DeclaredEvents.ALL) {
            Object[] log = seen.remove(declared.type());
            catalogue.add(new CataloguedEvent(declared.type(), declared.producer(), declared.topic(),
                    declared.aggregate(), declared.record(), true, declared.schemaVersion(),
                    List.copyOf(consumers.getOrDefault(declared.topic(), new TreeSet<>())), declared.example(),
                    log == null ? 0 : (Long) log[2], log == null ? null : (Instant) log[3]));
        }
        for (Object[] log : seen.values()) {
            String type = (String) log[0];
            String topic = (String) log[1];
            JsonObject last = lastLogged(type);
            catalogue.add(new CataloguedEvent(type, type.substring(0, type.indexOf('.')), topic, null, null, false,
                    last == null ? 1 : last.getInt("dataschemaversion", 1),
                    List.copyOf(consumers.getOrDefault(topic, new TreeSet<>())), last, (Long) log[2], (Instant) log[3]));
        }
        catalogue.sort(Comparator.comparing(CataloguedEvent::type));
        return catalogue;
    }

    private JsonObject lastLogged(String type) {
        return entityManager.createQuery("SELECT e.envelope FROM LogEntry e WHERE e.type = :type"
                        + " ORDER BY e.time DESC", String.class)
                .setParameter("type", type).setMaxResults(1).getResultStream().findFirst().map(JsonText::object)
                .orElse(null);
    }
}

package nova.events.subscription;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code event_subscriptions}: which consumer group reads which topic, with its lag, as the broker
 * reports it. Refreshed when an operator reads a view older than its max age, and only then: nothing but the
 * operator's views reads it, so an idle server does not ask the broker (issue 23: every 10 s, then every 60 s, cost
 * events 0.06–0.08 CPU-s an idle minute). Groups that disappear from the broker leave the table.
 * (kafka-clients' admin client directly: Reactive Messaging has no API for groups and offsets.)
 */
@ApplicationScoped
public class SubscriptionRegistry {

    private static final Logger LOG = Logger.getLogger(SubscriptionRegistry.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Subscriptions subscriptions;

    @Inject
    @ConfigProperty(name = "nova.kafka.bootstrap")
    String bootstrap;

    /** How old the stored view may be when an operator reads it; older, it is refreshed first. */
    @Inject
    @ConfigProperty(name = "nova.events.subscriptions.max-age", defaultValue = "PT5S")
    Duration maxAge;

    private volatile Instant refreshedAt = Instant.MIN;

    /* made at the first read; idle, its thread only wakes for the metadata it keeps (every 5 min) */
    private Admin admin;
    private volatile boolean failing;

    private void refreshQuietly() {
        try {
            refresh();
            if (failing) {
                LOG.info("Subscription registry is refreshed again");
                failing = false;
            }
        } catch (Exception e) {
            // said once per outage: the broker or the database being away is not news at every read
            LOG.log(failing ? Level.FINE : Level.WARNING, "Subscriptions not refreshed: {0}", e.toString());
            failing = true;
        }
    }

    /** Reads every consumer group's committed offsets and the topics' end offsets, and stores the lag. */
    public synchronized void refresh() throws Exception {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.CLIENT_ID_CONFIG, "nova-events-subscriptions",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()));
        }
        Collection<GroupListing> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<String> ids = groups.stream().map(GroupListing::groupId).toList();
        Map<String, ConsumerGroupDescription> descriptions = ids.isEmpty() ? Map.of()
                : admin.describeConsumerGroups(ids).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        List<Subscription> rows = new ArrayList<>();
        for (String group : ids) {
            Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            ConsumerGroupDescription description = descriptions.get(group);
            if (description != null) {
                // a member reading a partition that has no committed offset yet still subscribes to its topic
                description.members().forEach(member -> member.assignment().topicPartitions()
                        .forEach(tp -> committed.putIfAbsent(tp, null)));
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = latest.isEmpty() ? Map.of()
                    : admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, long[]> perTopic = new HashMap<>(); // committed, end
            committed.forEach((tp, offset) -> {
                long[] sums = perTopic.computeIfAbsent(tp.topic(), t -> new long[2]);
                long end = ends.containsKey(tp) ? ends.get(tp).offset() : 0;
                sums[0] += offset == null ? 0 : offset.offset();
                sums[1] += end;
            });
            String state = description == null ? "UNKNOWN" : description.groupState().toString();
            int members = description == null ? 0 : description.members().size();
            perTopic.forEach((topic, sums) -> rows.add(new Subscription(group, topic, state, members, sums[0], sums[1],
                    Math.max(0, sums[1] - sums[0]), now)));
        }
        subscriptions.replace(rows, now);
        refreshedAt = now;
    }

    /**
     * The view an operator reads: refreshed first when it is older than {@code nova.events.subscriptions.max-age}
     * (5 s), so a reader sees the lag of now and an idle server never asks the broker. If the broker or database
     * cannot be asked, the stored view is answered.
     */
    public List<Subscription> current() {
        if (refreshedAt.isBefore(Instant.now().minus(maxAge))) {
            refreshQuietly();
        }
        return subscriptions.all();
    }

    @PreDestroy
    synchronized void stop() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}

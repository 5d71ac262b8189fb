import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * perf/idle's consumer cost without Liberty (issue 23): for each setting, K classic consumers (each its own new group,
 * from the latest offset, so idle) poll the way liberty-kafka's KafkaInput does (poll(forever) on one thread, wakeup()
 * then close() from another); after a warm-up, the CPU of every thread in this JVM is summed over WINDOW seconds
 * (ThreadMXBean: the poll threads and the consumers' heartbeat and network threads), then the consumers are closed
 * one after another, as KafkaIncomingConnector.shutdown does, each at a random moment of its fetch wait, each close timed.
 * Args: bootstrap topic (created if missing, one partition) consumers warmup-s window-s SETTING... where SETTING is name:fetchWaitMs:heartbeatMs:retryBackoffMs:sessionMs.
 * Prints per setting: CPU-s a minute per consumer, close times (each, sum).
 */
public class CloseCost {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0], topic = args[1];
        int k = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]) * 1000, window = Long.parseLong(args[4]) * 1000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Properties ap = new Properties();
        ap.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(ap)) { // a topic of its own: nobody else's records end the consumers' fetch waits
            if (!admin.listTopics().names().get().contains(topic)) admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        for (int a = 5; a < args.length; a++) {
            String[] s = args[a].split(":");
            List<KafkaConsumer<byte[], byte[]>> consumers = new ArrayList<>();
            List<Thread> pollers = new ArrayList<>();
            CountDownLatch assigned = new CountDownLatch(k);
            for (int i = 0; i < k; i++) {
                Properties p = new Properties();
                p.put("bootstrap.servers", bootstrap);
                p.put("group.id", "perf.idle.close." + UUID.randomUUID());
                p.put("enable.auto.commit", "false");
                p.put("auto.offset.reset", "latest");
                p.put("fetch.max.wait.ms", s[1]);
                p.put("heartbeat.interval.ms", s[2]);
                p.put("retry.backoff.ms", s[3]);
                p.put("session.timeout.ms", s[4]);
                KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                consumers.add(c);
                Thread t = new Thread(() -> {
                    c.subscribe(Set.of(topic), new ConsumerRebalanceListener() {
                        public void onPartitionsRevoked(java.util.Collection<TopicPartition> parts) { }
                        public void onPartitionsAssigned(java.util.Collection<TopicPartition> parts) { assigned.countDown(); }
                    });
                    try {
                        while (true) c.poll(Duration.ofMillis(Long.MAX_VALUE));
                    } catch (WakeupException e) {
                        // closing
                    }
                }, "poll-" + i);
                pollers.add(t);
                t.start();
            }
            assigned.await();
            Thread.sleep(warmup);
            long cpu0 = cpu(mx);
            Thread.sleep(window);
            long cpu1 = cpu(mx);
            double perConsumer = (cpu1 - cpu0) / 1e9 * 60_000 / window / k;
            StringBuilder closes = new StringBuilder();
            long total = 0;
            java.util.Random random = new java.util.Random();
            for (int i = 0; i < k; i++) {
                // a random moment in the fetch wait: consumers started together fetch in step with this loop otherwise
                Thread.sleep(random.nextInt(Integer.parseInt(s[1])));
                long t0 = System.nanoTime();
                consumers.get(i).wakeup();
                pollers.get(i).join();
                consumers.get(i).close();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                total += ms;
                closes.append(i == 0 ? "" : " ").append(ms);
            }
            System.out.printf("%s (fetch wait %s ms, heartbeat %s, retry backoff %s, session %s): %.4f CPU-s/min per idle consumer; closes one after another %s ms, sum %d ms for %d%n",
                    s[0], s[1], s[2], s[3], s[4], perConsumer, closes, total, k);
        }
    }

    private static long cpu(ThreadMXBean mx) {
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }
}

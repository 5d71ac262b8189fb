package nova.system;

import static nova.system.SocialSystem.FOLLOW;
import static nova.system.SocialSystem.awaitFeed;
import static nova.system.SocialSystem.engage;
import static nova.system.SocialSystem.feedPage;
import static nova.system.SocialSystem.ids;
import static nova.system.SocialSystem.post;
import static nova.system.SocialSystem.relate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A page of 20 posts in the home feed, with their engagement, costs a bounded number of downstream calls: one per
 * context, not one per post, counted on the gateway's Fault Tolerance invocation counters.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): the counters are the
// gateway's, and any other test's call would count too
@Isolated
class FeedCallCountIT {

    @Test
    void aTwentyPostFeedWithEngagementCostsOneCallPerContextNotOnePerPost() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdcada");
        Members.Member bob = SocialSystem.newcomer("fdcbob");
        relate(bob, FOLLOW, ada);
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(post(ada, "post " + i, "public").id().toString());
        }
        awaitFeed(bob, feed -> feed.containsAll(posts));
        engage(bob, SocialSystem.LIKE, UUID.fromString(posts.get(3)));

        Map<String, Double> before = invocations();
        JsonObject feed = feedPage(bob, 20, null);
        Map<String, Double> after = invocations();

        assertEquals(20, ids(feed).size());
        assertEquals(new HashSet<>(posts), new HashSet<>(ids(feed)));
        long liked = feed.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("likedByMe")).count();
        assertEquals(1, liked);
        Map<String, Double> calls = new java.util.TreeMap<>();
        after.forEach((method, count) -> {
            double delta = count - before.getOrDefault(method, 0.0);
            if (delta > 0) {
                calls.put(method, delta);
            }
        });
        // social: the feed page and one engagement batch for likeCount, shareCount, likedByMe and sharedByMe of all 20;
        // content: one /posts?ids= for the 20 posts
        assertEquals(Map.of("SocialClient.engagement", 1.0, "SocialClient.feed", 1.0), filter(calls, "SocialClient."), calls.toString());
        assertEquals(1.0, filter(calls, "Content").values().stream().mapToDouble(Double::doubleValue).sum(), calls.toString());
        assertEquals(3.0, calls.values().stream().mapToDouble(Double::doubleValue).sum(), "nothing else: " + calls);
    }

    private static Map<String, Double> filter(Map<String, Double> calls, String part) {
        Map<String, Double> found = new java.util.TreeMap<>();
        calls.forEach((method, count) -> {
            if (method.contains(part)) {
                found.put(method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1), count);
            }
        });
        return found;
    }

    /** The gateway's Fault Tolerance invocation counters per client method (mpMetrics' Prometheus text). */
    static Map<String, Double> invocations() throws IOException, InterruptedException {
        HttpResponse<String> metrics = Nova.HTTP.send(HttpRequest.newBuilder(Backbone.server("gateway").http("/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> counts = new java.util.HashMap<>();
        for (String line : metrics.body().split("\n")) {
            if (!line.startsWith("ft_invocations_total{")) {
                continue;
            }
            int start = line.indexOf("method=\"") + 8;
            String method = line.substring(start, line.indexOf('"', start));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            counts.merge(method, value, Double::sum);
        }
        return counts;
    }
}

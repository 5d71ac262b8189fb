package nova.social.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.FeedItem;
import org.junit.jupiter.api.Test;

class FeedMergeTest {

    static final Instant T = Instant.parse("2026-12-06T18:00:00Z");

    static FeedItem item(UUID post, int second, UUID sharedBy) {
        return new FeedItem(post, UUID.randomUUID(), sharedBy, T.plusSeconds(second));
    }

    @Test
    void bothSourcesInterleaveNewestFirstAndAPostAppearsOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID sharer = UUID.randomUUID();
        FeedItem shared = item(a, 5, sharer);

        List<FeedItem> merged = FeedService.merge(List.of(shared, item(c, 1, null)), List.of(item(b, 3, null), item(a, 2, null)), 10);

        assertEquals(List.of(a, b, c), merged.stream().map(FeedItem::postId).toList());
        assertEquals(sharer, merged.get(0).sharedBy(), "the fanned-out row wins");
    }

    @Test
    void itStopsAtTheLimitAndBreaksTiesByPostId() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("00000000-0000-0000-0000-000000000002");
        List<FeedItem> merged = FeedService.merge(List.of(item(low, 1, null)), List.of(item(high, 1, null), item(UUID.randomUUID(), 0, null)), 2);
        assertEquals(List.of(high, low), merged.stream().map(FeedItem::postId).toList());
    }
}

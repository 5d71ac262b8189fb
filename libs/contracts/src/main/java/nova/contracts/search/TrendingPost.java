package nova.contracts.search;

import java.util.UUID;

/** A post trending now: {@code score} is its engagement (likes, shares, replies) over the window, time-decayed. */
public record TrendingPost(UUID postId, double score) {
}

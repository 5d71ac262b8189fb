package nova.contracts.search;

/**
 * A hashtag trending now: {@code score} is its engagement-weighted, time-decayed use over the sliding window;
 * {@code uses} how often it was used and {@code accounts} by how many accounts, in that window.
 */
public record TrendingHashtag(String tag, double score, long uses, long accounts) {
}

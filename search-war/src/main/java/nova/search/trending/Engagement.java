package nova.search.trending;

/**
 * What one act of engagement weighs in trending. A post trends by what others do with it (likes, shares,
 * replies, comments); a hashtag by being used in new public posts and by the engagement of the posts that carry
 * it (at half weight: one liked post should not outweigh many uses).
 */
public enum Engagement {
    USE(1.0), LIKE(1.0), SHARE(2.0), REPLY(1.5), COMMENT(1.5);

    private final double weight;

    Engagement(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** What the same act adds to each hashtag of the post it is about. */
    public double hashtagWeight() {
        return this == USE ? weight : weight / 2;
    }
}

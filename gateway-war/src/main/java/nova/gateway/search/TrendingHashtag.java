package nova.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A hashtag trending now: score is its engagement over the last day, recent engagement weighing more; "
        + "uses and accounts count its uses and the accounts that used it in that window")
public class TrendingHashtag {

    private final nova.contracts.search.TrendingHashtag trending;

    TrendingHashtag(nova.contracts.search.TrendingHashtag trending) {
        this.trending = trending;
    }

    @NonNull
    public String getTag() {
        return trending.tag();
    }

    public double getScore() {
        return trending.score();
    }

    public long getUses() {
        return trending.uses();
    }

    public long getAccounts() {
        return trending.accounts();
    }
}

package nova.social.container;

import static nova.social.container.SocialFixture.SOCIAL;
import static nova.social.container.SocialFixture.feedOf;
import static nova.social.container.SocialFixture.feedRows;
import static nova.social.container.SocialFixture.get;
import static nova.social.container.SocialFixture.members;
import static nova.social.container.SocialFixture.published;
import static nova.social.container.SocialFixture.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fan-out on write from {@code content.post.created} on the real broker into the real feeds table: redelivery adds
 * nothing, visibility decides who gets what, muted, inactive and celebrity cases, keyset reads that do not move
 * while posts arrive, deletion. The test server's thresholds are small (pom: celebrity above 5 followers, 16
 * entries per feed).
 */
@InContainer
class FeedContainerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void start() throws Exception {
        SocialFixture.start();
    }

    static void follow(UUID follower, UUID followee) {
        assertEquals(200, put(follower, "/relationships/" + followee + "/follow").statusCode());
    }

    @Test
    void aRedeliveredPostAddsNoFeedRow() {
        List<UUID> m = members(3);
        UUID author = m.get(0);
        follow(m.get(1), author);
        follow(m.get(2), author);
        UUID post = UUID.randomUUID();
        CloudEvent created = SocialFixture.postCreated(post, author, "public", List.of(), Instant.now());
        // the same event twice (the inbox skips it), then the same post under a new event id (the insert adds nothing)
        CloudEvent sameAgain = CloudEvent.parse(created.toBytes());
        CloudEvent newId = SocialFixture.postCreated(post, author, "public", List.of(), Instant.now());

        Topics.send("nova.content", created, sameAgain, newId);

        SocialFixture.awaitFanout(post, 2);
        assertEquals(3, feedRows(post), "the author and both followers, once each");
        assertEquals(0, SOCIAL.count("SELECT min((payload->'data'->>'recipients')::int) FROM outbox_events"
                + " WHERE aggregate_id = ? AND type = 'social.feed.updated'", post.toString()), "the second fan-out reached nobody new");
        assertEquals(3, SOCIAL.count("SELECT max((payload->'data'->>'recipients')::int) FROM outbox_events"
                + " WHERE aggregate_id = ? AND type = 'social.feed.updated'", post.toString()));
    }

    @Test
    void whoGetsAPostDependsOnItsVisibilityAndOnMutes() {
        List<UUID> m = members(5);
        UUID author = m.get(0);
        UUID friend = m.get(1);
        UUID fan = m.get(2);
        UUID muter = m.get(3);
        UUID stranger = m.get(4);
        follow(friend, author);
        follow(fan, author);
        follow(muter, author);
        assertEquals(200, put(muter, "/relationships/" + author + "/mute").statusCode());

        UUID direct = published(author, "direct", List.of(friend, stranger));
        UUID followersOnly = published(author, "followers", List.of());
        UUID unlisted = published(author, "unlisted", List.of());

        assertEquals(2, feedRows(direct), "the author and the mentioned follower; not a stranger, not the other followers");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE post_id = ? AND user_id = ?", direct, friend));
        assertEquals(3, feedRows(followersOnly), "author, friend, fan; the muter is skipped");
        assertEquals(3, feedRows(unlisted));
        assertEquals(List.of(unlisted, followersOnly), feedOf(fan, 20));
        assertEquals(List.of(), feedOf(muter, 20));
        assertEquals(List.of(), feedOf(stranger, 20));
    }

    @Test
    void theFeedReadsByKeysetAndDoesNotMoveWhilePostsArrive() {
        List<UUID> m = members(2);
        UUID author = m.get(0);
        UUID reader = m.get(1);
        follow(reader, author);
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(0, published(author, "public", List.of()));
        }

        JsonObject first = Http.json(get(reader, "/feed?limit=2"));
        UUID newer = published(author, "public", List.of());
        JsonObject second = Http.json(get(reader, "/feed?limit=2&after=" + first.getString("nextCursor")));
        JsonObject third = Http.json(get(reader, "/feed?limit=2&after=" + second.getString("nextCursor")));

        List<UUID> read = new ArrayList<>();
        for (JsonObject page : List.of(first, second, third)) {
            page.getJsonArray("items").forEach(i -> read.add(UUID.fromString(i.asJsonObject().getString("postId"))));
        }
        assertEquals(posts, read, "newest first, none twice, none skipped, the new one not pushed into later pages");
        assertFalse(third.containsKey("nextCursor") && !third.isNull("nextCursor"), "the last page has no cursor");
        assertEquals(newer, feedOf(reader, 1).get(0));
    }

    @Test
    void aCelebrityIsMergedAtReadTimeAndAnInactiveFollowerGetsTheirFeedRebuilt() {
        List<UUID> m = members(8);
        UUID celebrity = m.get(0);
        for (UUID follower : m.subList(1, 7)) {
            follow(follower, celebrity);
        }
        UUID ordinary = m.get(7);
        UUID away = m.get(1);
        follow(away, ordinary);
        SOCIAL.execute("UPDATE accounts SET active_at = now() - interval '90 days' WHERE user_id = ?", away);

        UUID starPost = published(celebrity, "public", List.of());
        UUID plainPost = published(ordinary, "public", List.of());

        assertEquals(0, feedRows(starPost), "six followers are above the test's threshold of five: not fanned out");
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM feeds WHERE post_id = ? AND user_id = ?", plainPost, away),
                "an inactive follower is skipped");
        assertEquals(List.of(starPost), feedOf(m.get(2), 20), "merged when read");
        assertEquals(List.of(plainPost, starPost), feedOf(away, 20), "rebuilt on return, the celebrity merged in");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE post_id = ? AND user_id = ?", plainPost, away));
        assertFalse(SOCIAL.count("SELECT count(*) FROM accounts WHERE user_id = ? AND active_at < now() - interval '1 day'", away) > 0);
    }

    @Test
    void unfollowsBlocksSharesAndDeletesChangeFeeds() {
        List<UUID> m = members(4);
        UUID author = m.get(0);
        UUID reader = m.get(1);
        UUID sharer = m.get(2);
        UUID blocker = m.get(3);
        follow(reader, author);
        follow(reader, sharer);
        follow(blocker, author);
        UUID kept = published(author, "public", List.of());
        UUID deleted = published(author, "public", List.of());

        // a share of a post already in the reader's feed does not add it twice
        SocialFixture.contentHas(kept, author, "public");
        assertEquals(200, put(sharer, "/posts/" + kept + "/share").statusCode());
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE post_id = ? AND user_id = ?", kept, reader));

        Topics.send("nova.content", SocialFixture.postDeleted(deleted, author));
        SOCIAL.awaitCount(0, Duration.ofSeconds(60), "SELECT count(*) FROM feeds WHERE post_id = ?", deleted);
        assertEquals(List.of(kept), feedOf(reader, 20));

        assertEquals(200, put(blocker, "/relationships/" + author + "/block").statusCode());
        assertEquals(List.of(), feedOf(blocker, 20));

        assertEquals(200, SocialFixture.delete(reader, "/relationships/" + author + "/follow").statusCode());
        assertEquals(List.of(), feedOf(reader, 20), "unfollowed: the author's posts leave the feed");
    }

    @Test
    void aFeedIsTrimmedToItsCapOnceTheFanOutsAreCounted() {
        List<UUID> m = members(2);
        follow(m.get(1), m.get(0));
        UUID newest = null;
        for (int i = 0; i < 18; i++) {
            newest = published(m.get(0), "public", List.of());
        }
        // counted and trimmed by the feed trimmer once the fan-outs commit (its batched follow-up)
        SOCIAL.awaitCount(16, Duration.ofSeconds(60), "SELECT count(*) FROM feeds WHERE user_id = ?", m.get(1));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM feed_counts_due d JOIN feeds f ON f.post_id = d.post_id"
                + " WHERE f.user_id = ?", m.get(1)), "every fan-out counted");
        assertEquals(16, SOCIAL.count("SELECT feed_size FROM accounts WHERE user_id = ?", m.get(1)));
        assertEquals(newest, feedOf(m.get(1), 1).get(0));
    }
}

package nova.social.container;

import static nova.social.container.SocialFixture.SOCIAL;
import static nova.social.container.SocialFixture.delete;
import static nova.social.container.SocialFixture.feedOf;
import static nova.social.container.SocialFixture.get;
import static nova.social.container.SocialFixture.members;
import static nova.social.container.SocialFixture.post;
import static nova.social.container.SocialFixture.published;
import static nova.social.container.SocialFixture.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What comes back into a feed after fan-out left it out: a follow that starts (directly, by an approved request, by
 * unlocking an account) brings the followed member's recent posts and shares, an unmute brings back the muted
 * member's posts and shares and their posts that followings shared, a rebuilt feed brings back shares (each post
 * once, by the same rules); and what a deleted member posted or shared leaves every feed.
 */
@InContainer
class FeedBackfillContainerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void start() throws Exception {
        SocialFixture.start();
    }

    private static void ok(java.net.http.HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aNewFollowBringsTheRecentPostsTheFollowerMaySee() {
        List<UUID> m = members(3);
        UUID author = m.get(0);
        UUID reader = m.get(1);
        UUID older = published(author, "public", List.of());
        UUID circle = published(author, "followers", List.of());
        published(author, "direct", List.of(m.get(2))); // someone else's

        ok(put(reader, "/relationships/" + author + "/follow"));

        assertEquals(List.of(circle, older), feedOf(reader, 20), "the direct post to someone else stays out");
    }

    @Test
    void anEndedMuteBringsTheMutedMembersPostsBack() {
        List<UUID> m = members(3);
        UUID author = m.get(0);
        UUID reader = m.get(1);
        UUID stranger = m.get(2);
        ok(put(reader, "/relationships/" + author + "/follow"));
        UUID before = published(author, "public", List.of());
        ok(put(reader, "/relationships/" + author + "/mute"));
        UUID during = published(author, "public", List.of());
        assertEquals(List.of(), feedOf(reader, 20));
        ok(put(stranger, "/relationships/" + author + "/mute"));

        ok(delete(reader, "/relationships/" + author + "/mute"));
        ok(delete(stranger, "/relationships/" + author + "/mute"));

        assertEquals(List.of(during, before), feedOf(reader, 20), "both posts, in their order");
        assertEquals(List.of(), feedOf(stranger, 20), "unmuting someone one does not follow brings nothing");
    }

    @Test
    void aNewFollowBringsWhatTheFollowedMemberSharedOnceAndNotWhatTheReaderMayNotSee() {
        List<UUID> m = members(6);
        UUID sharer = m.get(0);
        UUID reader = m.get(1);
        UUID friend = m.get(2);
        UUID muted = m.get(3);
        UUID blocker = m.get(4);
        UUID other = m.get(5);
        ok(put(reader, "/relationships/" + friend + "/follow"));
        ok(put(reader, "/relationships/" + muted + "/mute"));
        ok(put(blocker, "/relationships/" + reader + "/block"));
        UUID own = shareable(sharer);
        UUID news = shareable(other);
        UUID byFriend = shareable(other);
        UUID ofMuted = shareable(muted);
        UUID ofBlocker = shareable(blocker);
        UUID readers = shareable(reader);
        ok(put(friend, "/posts/" + byFriend + "/share")); // reaches the reader through the friend first
        assertEquals(List.of(byFriend, readers), feedOf(reader, 20), "the reader's own post is in their feed");
        for (UUID post : List.of(news, byFriend, ofMuted, ofBlocker, readers)) {
            ok(put(sharer, "/posts/" + post + "/share"));
        }
        ok(put(sharer, "/posts/" + own + "/share")); // their own post, shared: it comes once, as written

        ok(put(reader, "/relationships/" + sharer + "/follow"));

        assertEquals(List.of(news, byFriend, readers, own), feedOf(reader, 20),
                "the share of another's post; not the muted's or the blocker's; the reader's own and a post in the"
                        + " feed already as they were; the sharer's own post once, as written");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by IS NULL",
                reader, readers), "the reader's own post is not turned into the sharer's share");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by = ?",
                reader, news, sharer));
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by = ?",
                reader, byFriend, friend), "a post already in the feed stays as it came");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by IS NULL",
                reader, own), "written beats shared");
    }

    @Test
    void anEndedMuteBringsBackTheMembersSharesAndTheirPostsFollowingsShared() {
        List<UUID> m = members(4);
        UUID muted = m.get(0);
        UUID reader = m.get(1);
        UUID friend = m.get(2);
        UUID other = m.get(3);
        ok(put(reader, "/relationships/" + muted + "/follow"));
        ok(put(reader, "/relationships/" + friend + "/follow"));
        ok(put(reader, "/relationships/" + muted + "/mute"));
        UUID theirs = shareable(muted);
        UUID sharedByThem = shareable(other);
        ok(put(friend, "/posts/" + theirs + "/share"));
        ok(put(muted, "/posts/" + sharedByThem + "/share"));
        assertEquals(List.of(), feedOf(reader, 20), "muted: neither their post shared by a friend nor their share");

        ok(delete(reader, "/relationships/" + muted + "/mute"));

        assertEquals(List.of(sharedByThem, theirs), feedOf(reader, 20), "their post once, as written; their share");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by = ?",
                reader, sharedByThem, muted));
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by IS NULL",
                reader, theirs));
    }

    @Test
    void anEndedMuteOfSomeoneNotFollowedBringsBackTheirPostsFollowingsShared() {
        List<UUID> m = members(4);
        UUID muted = m.get(0);
        UUID reader = m.get(1);
        UUID friend = m.get(2);
        UUID mutedFriend = m.get(3);
        ok(put(reader, "/relationships/" + friend + "/follow"));
        ok(put(reader, "/relationships/" + mutedFriend + "/follow"));
        ok(put(reader, "/relationships/" + mutedFriend + "/mute"));
        ok(put(reader, "/relationships/" + muted + "/mute"));
        UUID theirs = shareable(muted);
        UUID alsoTheirs = shareable(muted);
        UUID own = published(muted, "public", List.of());
        ok(put(friend, "/posts/" + theirs + "/share"));
        ok(put(mutedFriend, "/posts/" + alsoTheirs + "/share"));
        assertEquals(List.of(), feedOf(reader, 20));

        ok(delete(reader, "/relationships/" + muted + "/mute"));

        assertEquals(List.of(theirs), feedOf(reader, 20),
                "shared by a friend; not what a muted friend shared; not their unshared post (not followed)");
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by = ?",
                reader, theirs, friend));
    }

    /** A public post of {@code author}'s that content shows to anyone (so it can be shared). */
    private static UUID shareable(UUID author) {
        UUID post = published(author, "public", List.of());
        SocialFixture.contentHas(post, author, "public");
        return post;
    }

    @Test
    void anApprovedRequestBackfillsTheNewFollowersFeed() {
        List<UUID> m = members(2);
        UUID locked = m.get(0);
        UUID asker = m.get(1);
        SocialFixture.locked(locked, true);
        UUID circle = published(locked, "followers", List.of());
        ok(put(asker, "/relationships/" + locked + "/follow"));
        assertEquals(List.of(), feedOf(asker, 20), "a request is not a follow");

        ok(post(locked, "/relationships/" + asker + "/request/approve"));

        assertEquals(List.of(circle), feedOf(asker, 20));
    }

    @Test
    void unlockingAnAccountApprovesEveryPendingRequest() {
        List<UUID> m = members(4);
        UUID locked = m.get(0);
        SocialFixture.locked(locked, true);
        UUID circle = published(locked, "followers", List.of());
        for (UUID asker : m.subList(1, 4)) {
            ok(put(asker, "/relationships/" + locked + "/follow"));
        }
        ok(post(locked, "/relationships/" + m.get(3) + "/request/reject"));

        SocialFixture.locked(locked, false);

        SOCIAL.awaitCount(2, Duration.ofSeconds(60),
                "SELECT count(*) FROM relationships WHERE target_id = ? AND kind = 'follow'", locked);
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM relationships WHERE target_id = ? AND kind = 'request'", locked));
        assertEquals(2, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", locked));
        for (UUID asker : m.subList(1, 3)) {
            assertEquals(1, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE type = 'social.follow.created'"
                    + " AND aggregate_id = ?", asker.toString()));
            assertEquals(List.of(circle), feedOf(asker, 20));
        }
        assertEquals(List.of(), feedOf(m.get(3), 20), "a rejected request is not approved by unlocking");
        assertEquals(0, Http.json(get(locked, "/relationships/requests")).getJsonArray("items").size());
    }

    @Test
    void aRebuiltFeedBringsBackWhatFollowedMembersShared() {
        List<UUID> m = members(3);
        UUID author = m.get(0);
        UUID sharer = m.get(1);
        UUID away = m.get(2);
        ok(put(away, "/relationships/" + sharer + "/follow"));
        SOCIAL.execute("UPDATE accounts SET active_at = now() - interval '90 days' WHERE user_id = ?", away);
        UUID own = published(sharer, "public", List.of());
        UUID news = published(author, "public", List.of());
        SocialFixture.contentHas(news, author, "public");
        ok(put(sharer, "/posts/" + news + "/share"));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id IN (?, ?)", away, own, news),
                "away: skipped by both fan-outs");

        JsonObject page = Http.json(get(away, "/feed?limit=20"));

        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(news.toString(), own.toString()), items.stream().map(i -> i.getString("postId")).toList(),
                "the share is newer than the sharer's own post");
        assertEquals(sharer.toString(), items.get(0).getString("sharedBy"));
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM feeds WHERE user_id = ? AND post_id = ? AND shared_by = ?",
                away, news, sharer));
    }

    @Test
    void aDeletedMembersPostsAndSharesLeaveEveryFeed() {
        List<UUID> m = members(4);
        UUID author = m.get(0);
        UUID sharer = m.get(1);
        UUID reader = m.get(2);
        UUID other = m.get(3);
        ok(put(reader, "/relationships/" + author + "/follow"));
        ok(put(reader, "/relationships/" + sharer + "/follow"));
        UUID authored = published(author, "public", List.of());
        UUID shared = published(other, "public", List.of());
        SocialFixture.contentHas(shared, other, "public");
        ok(put(sharer, "/posts/" + shared + "/share"));
        assertEquals(List.of(shared, authored), feedOf(reader, 20));

        SocialFixture.deleted(sharer);
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM feeds WHERE shared_by = ?", sharer));
        assertEquals(List.of(authored), feedOf(reader, 20));

        SocialFixture.deleted(author);
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM feeds WHERE author_id = ? OR user_id = ?", author, author));
        assertEquals(List.of(), feedOf(reader, 20));
        assertTrue(SOCIAL.count("SELECT count(*) FROM post_refs WHERE post_id = ?", shared) == 1, "other's post is not theirs");
    }
}

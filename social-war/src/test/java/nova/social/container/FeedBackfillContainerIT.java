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
 * unlocking an account) brings the followed member's recent posts, an unmute brings the muted member's back, a
 * rebuilt feed brings back shares; and what a deleted member posted or shared leaves every feed.
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

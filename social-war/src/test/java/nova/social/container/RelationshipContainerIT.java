package nova.social.container;

import static nova.social.container.SocialFixture.SOCIAL;
import static nova.social.container.SocialFixture.delete;
import static nova.social.container.SocialFixture.get;
import static nova.social.container.SocialFixture.member;
import static nova.social.container.SocialFixture.members;
import static nova.social.container.SocialFixture.post;
import static nova.social.container.SocialFixture.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * social deployed alone with the real PostgreSQL and broker, its members made known by {@code user.profile.created}
 * and {@code user.settings.updated} on nova.user: follows, requests to locked accounts, blocks and mutes, with their
 * counts, lists and events.
 */
@InContainer
class RelationshipContainerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void start() throws Exception {
        SocialFixture.start();
    }

    static JsonObject json(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    static long events(String type, UUID actor) {
        return SOCIAL.count("SELECT count(*) FROM outbox_events WHERE type = ? AND aggregate_id = ?", type,
                actor.toString());
    }

    @Test
    void followingIsIdempotentCountedListedAndUndone() {
        List<UUID> m = members(3);
        UUID ada = m.get(0);
        UUID bob = m.get(1);
        UUID cy = m.get(2);

        JsonObject first = json(put(ada, "/relationships/" + bob + "/follow"), 200);
        JsonObject again = json(put(ada, "/relationships/" + bob + "/follow"), 200);
        json(put(cy, "/relationships/" + bob + "/follow"), 200);

        assertTrue(first.getBoolean("following"));
        assertFalse(first.getBoolean("requested"));
        assertEquals(first, again);
        assertEquals(1, events("social.follow.created", ada), "the second follow changed nothing");
        JsonObject counts = Http.json("{\"a\":" + get(ada, "/users/counts?ids=" + bob + "," + ada).body() + "}");
        assertEquals(2, counts.getJsonArray("a").getJsonObject(0).getInt("followers"));
        assertEquals(1, counts.getJsonArray("a").getJsonObject(1).getInt("following"));
        JsonObject page = json(get(bob, "/users/" + bob + "/followers?limit=1"), 200);
        assertEquals(cy.toString(), page.getJsonArray("items").getJsonObject(0).getString("userId"), "newest first");
        JsonObject second = json(get(bob, "/users/" + bob + "/followers?limit=1&after=" + page.getString("nextCursor")), 200);
        assertEquals(ada.toString(), second.getJsonArray("items").getJsonObject(0).getString("userId"));
        assertFalse(second.containsKey("nextCursor") && !second.isNull("nextCursor"), "the last page has no cursor");
        JsonObject seenByBob = Http.json("{\"a\":" + get(bob, "/relationships?ids=" + ada).body() + "}")
                .getJsonArray("a").getJsonObject(0);
        assertTrue(seenByBob.getBoolean("followedBy"));

        JsonObject undone = json(delete(ada, "/relationships/" + bob + "/follow"), 200);
        assertFalse(undone.getBoolean("following"));
        assertEquals(1, events("social.follow.removed", ada));
        assertEquals(1, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", bob));
    }

    @Test
    void badRequestsAreRefusedClearly() {
        UUID ada = member();
        assertEquals("invalid-input", Http.problem(put(ada, "/relationships/" + ada + "/follow")));
        HttpResponse<String> unknown = put(ada, "/relationships/" + UUID.randomUUID() + "/follow");
        assertEquals(404, unknown.statusCode());
        assertEquals("not-found", Http.problem(unknown));
        assertEquals(404, put(ada, "/relationships/not-a-uuid/follow").statusCode());
        assertEquals(400, get(ada, "/relationships?ids=nope").statusCode());
        assertEquals(400, get(ada, "/users/" + ada + "/followers?limit=0").statusCode());
        assertEquals(400, get(ada, "/users/" + ada + "/followers?after=garbage").statusCode());
        assertEquals(401, Http.to(SocialFixture.BASE).get("/relationships?ids=" + ada).statusCode());
    }

    @Test
    void aMemberWhoseProfileEventHasNotArrivedIsAskedOfTheUserContext() {
        UUID ada = member();
        UUID newcomer = UUID.randomUUID();
        SocialFixture.user().answerJson("GET", "/users/" + newcomer, 200, "{\"id\":\"" + newcomer + "\",\"username\":\"new\"}");

        assertTrue(json(put(ada, "/relationships/" + newcomer + "/follow"), 200).getBoolean("following"));
        assertEquals(1, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", newcomer));
        assertEquals(1, SocialFixture.user().requests("GET", "/users/" + newcomer).size());
    }

    @Test
    void aLockedAccountIsAskedAndDecides() {
        List<UUID> m = members(4);
        UUID locked = m.get(0);
        UUID asker = m.get(1);
        UUID rejected = m.get(2);
        UUID withdrawn = m.get(3);
        SocialFixture.locked(locked, true);

        JsonObject asked = json(put(asker, "/relationships/" + locked + "/follow"), 200);
        json(put(rejected, "/relationships/" + locked + "/follow"), 200);
        json(put(withdrawn, "/relationships/" + locked + "/follow"), 200);

        assertTrue(asked.getBoolean("requested"));
        assertFalse(asked.getBoolean("following"));
        assertEquals(1, events("social.follow.requested", asker));
        assertEquals(0, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", locked));
        JsonObject pending = json(get(locked, "/relationships/requests"), 200);
        assertEquals(3, pending.getJsonArray("items").size());
        assertEquals(0, json(get(asker, "/relationships/requests"), 200).getJsonArray("items").size(),
                "the requests are the requested member's own");

        JsonObject approved = json(post(locked, "/relationships/" + asker + "/request/approve"), 200);
        assertTrue(approved.getBoolean("followedBy"));
        json(post(locked, "/relationships/" + rejected + "/request/reject"), 200);
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE type = 'social.follow.removed'"
                + " AND aggregate_id = ? AND payload->'data'->>'cause' = 'rejected'", rejected.toString()));
        JsonObject gone = json(delete(withdrawn, "/relationships/" + locked + "/follow"), 200);
        assertFalse(gone.getBoolean("requested"));
        assertEquals(404, post(locked, "/relationships/" + rejected + "/request/approve").statusCode(),
                "a rejected request is no longer there to approve");
        assertEquals(0, json(get(locked, "/relationships/requests"), 200).getJsonArray("items").size());
        assertEquals(1, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", locked));
        assertEquals(1, events("social.follow.created", asker));

        SocialFixture.locked(locked, false);
        assertTrue(json(put(rejected, "/relationships/" + locked + "/follow"), 200).getBoolean("following"),
                "unlocked, a follow needs no approval");
    }

    @Test
    void aBlockRemovesFollowsBothWaysAndHidesEachFromTheOther() {
        List<UUID> m = members(3);
        UUID blocker = m.get(0);
        UUID blocked = m.get(1);
        UUID other = m.get(2);
        json(put(blocker, "/relationships/" + blocked + "/follow"), 200);
        json(put(blocked, "/relationships/" + blocker + "/follow"), 200);
        json(put(other, "/relationships/" + blocker + "/follow"), 200);

        JsonObject block = json(put(blocker, "/relationships/" + blocked + "/block"), 200);

        assertTrue(block.getBoolean("blocking"));
        assertFalse(block.getBoolean("following"));
        assertFalse(block.getBoolean("followedBy"));
        assertEquals(0, SOCIAL.count("SELECT count(*) FROM relationships WHERE kind = 'follow'"
                + " AND ((source_id = ? AND target_id = ?) OR (source_id = ? AND target_id = ?))", blocker, blocked, blocked, blocker));
        assertEquals(1, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", blocker));
        assertEquals(1, events("social.block.created", blocker));
        assertEquals(1, SOCIAL.count("SELECT count(*) FROM outbox_events WHERE type = 'social.follow.removed'"
                + " AND aggregate_id = ? AND payload->'data'->>'cause' = 'block'", blocked.toString()));
        HttpResponse<String> followBack = put(blocked, "/relationships/" + blocker + "/follow");
        assertEquals(404, followBack.statusCode(), "either side of a block cannot follow");
        assertEquals(404, put(blocker, "/relationships/" + blocked + "/follow").statusCode());
        assertEquals(404, get(blocked, "/users/" + blocker + "/followers").statusCode());
        assertEquals(0, json(get(other, "/users/" + blocker + "/followers"), 200).getJsonArray("items").stream()
                .filter(i -> i.asJsonObject().getString("userId").equals(blocked.toString())).count());
        json(put(blocked, "/relationships/" + other + "/follow"), 200);
        assertEquals(0, json(get(blocker, "/users/" + other + "/followers"), 200).getJsonArray("items").size(),
                "the blocked member is left out of lists the blocker reads");

        json(delete(blocker, "/relationships/" + blocked + "/block"), 200);
        assertEquals(1, events("social.block.removed", blocker));
        assertTrue(json(put(blocked, "/relationships/" + blocker + "/follow"), 200).getBoolean("following"));
    }

    @Test
    void muteIsIdempotentAndItsOwn() {
        List<UUID> m = members(2);
        JsonObject muted = json(put(m.get(0), "/relationships/" + m.get(1) + "/mute"), 200);
        json(put(m.get(0), "/relationships/" + m.get(1) + "/mute"), 200);
        assertTrue(muted.getBoolean("muting"));
        assertFalse(muted.getBoolean("following"));
        assertEquals(1, events("social.mute.created", m.get(0)));
        JsonObject unmuted = json(delete(m.get(0), "/relationships/" + m.get(1) + "/mute"), 200);
        assertFalse(unmuted.getBoolean("muting"));
        assertEquals(1, events("social.mute.removed", m.get(0)));
    }

    @Test
    void aDeletedMemberLeavesNoRelationshipBehind() {
        List<UUID> m = members(3);
        json(put(m.get(0), "/relationships/" + m.get(1) + "/follow"), 200);
        json(put(m.get(1), "/relationships/" + m.get(2) + "/follow"), 200);
        json(put(m.get(1), "/relationships/" + m.get(0) + "/mute"), 200);

        SocialFixture.deleted(m.get(1));

        assertEquals(0, SOCIAL.count("SELECT count(*) FROM relationships WHERE source_id = ? OR target_id = ?",
                m.get(1), m.get(1)));
        assertEquals(0, SOCIAL.count("SELECT following FROM accounts WHERE user_id = ?", m.get(0)));
        assertEquals(0, SOCIAL.count("SELECT followers FROM accounts WHERE user_id = ?", m.get(2)));
        assertEquals(404, put(m.get(0), "/relationships/" + m.get(1) + "/follow").statusCode());
    }
}

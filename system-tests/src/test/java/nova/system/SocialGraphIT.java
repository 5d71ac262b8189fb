package nova.system;

import static nova.system.SocialSystem.APPROVE;
import static nova.system.SocialSystem.BLOCK;
import static nova.system.SocialSystem.FOLLOW;
import static nova.system.SocialSystem.FOLLOWERS;
import static nova.system.SocialSystem.FOLLOWING;
import static nova.system.SocialSystem.MUTE;
import static nova.system.SocialSystem.PROFILE;
import static nova.system.SocialSystem.REJECT;
import static nova.system.SocialSystem.REQUESTS;
import static nova.system.SocialSystem.UNBLOCK;
import static nova.system.SocialSystem.UNFOLLOW;
import static nova.system.SocialSystem.UNMUTE;
import static nova.system.SocialSystem.people;
import static nova.system.SocialSystem.relate;
import static nova.system.SocialSystem.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Follows, requests, blocks and mutes through the gateway, against the running social and user contexts: what one
 * member does shows in the other's relationship, in the follower and following lists and in the counts.
 */
class SocialGraphIT {

    @Test
    void followAndUnfollowShowInBothListsAndInTheCounts() throws Exception {
        Members.Member ada = SocialSystem.newcomer("sgada");
        Members.Member bob = SocialSystem.newcomer("sgbob");
        Members.Member cy = SocialSystem.newcomer("sgcy");

        JsonObject followed = relate(bob, FOLLOW, ada);
        assertTrue(followed.getBoolean("following"));
        assertFalse(followed.getBoolean("requested"));
        assertEquals(ada.id(), followed.getString("userId"));
        assertTrue(relate(bob, FOLLOW, ada).getBoolean("following"), "following again changes nothing");
        relate(cy, FOLLOW, ada);
        relate(ada, FOLLOW, bob);

        assertEquals(Set.of(bob.id(), cy.id()), Set.copyOf(people(ada, FOLLOWERS, "followers", ada.id())));
        assertEquals(2, people(ada, FOLLOWERS, "followers", ada.id()).size(), "each follower once across pages");
        assertEquals(List.of(ada.id()), people(ada, FOLLOWING, "following", bob.id()));
        assertTrue(relationship(ada, bob).getBoolean("followedBy"));
        assertTrue(relationship(ada, bob).getBoolean("following"));

        JsonObject profile = bob.execute(PROFILE, Map.of("id", ada.id())).data("user");
        assertEquals(2, profile.getInt("followerCount"));
        assertEquals(1, profile.getInt("followingCount"));
        assertTrue(profile.getJsonObject("relationship").getBoolean("following"));
        assertTrue(profile.getJsonObject("relationship").getBoolean("followedBy"));

        JsonObject unfollowed = relate(bob, UNFOLLOW, ada);
        assertFalse(unfollowed.getBoolean("following"));
        assertFalse(relate(bob, UNFOLLOW, ada).getBoolean("following"), "unfollowing again changes nothing");
        assertEquals(List.of(cy.id()), people(ada, FOLLOWERS, "followers", ada.id()));
        assertEquals(1, bob.execute(PROFILE, Map.of("id", ada.id())).data("user").getInt("followerCount"));
    }

    @Test
    void aLockedAccountGetsRequestsItApprovesOrRejects() throws Exception {
        Members.Member lena = SocialSystem.newcomer("sglena");
        Members.Member max = SocialSystem.newcomer("sgmax");
        Members.Member noa = SocialSystem.newcomer("sgnoa");
        SocialSystem.lock(lena);

        JsonObject asked = relate(max, FOLLOW, lena);
        assertTrue(asked.getBoolean("requested"));
        assertFalse(asked.getBoolean("following"));
        relate(noa, FOLLOW, lena);
        assertEquals(Set.of(max.id(), noa.id()), Set.copyOf(people(lena, REQUESTS, "followRequests", null)));
        assertEquals(List.of(), people(lena, FOLLOWERS, "followers", lena.id()), "a request is not a follow");

        JsonObject approved = relate(lena, APPROVE, max);
        assertTrue(approved.getBoolean("followedBy"));
        assertTrue(relationship(max, lena).getBoolean("following"));
        assertFalse(relationship(max, lena).getBoolean("requested"));

        JsonObject rejected = relate(lena, REJECT, noa);
        assertFalse(rejected.getBoolean("followedBy"));
        assertFalse(relationship(noa, lena).getBoolean("requested"));
        assertFalse(relationship(noa, lena).getBoolean("following"));

        assertEquals(List.of(max.id()), people(lena, FOLLOWERS, "followers", lena.id()));
        assertEquals(List.of(), people(lena, REQUESTS, "followRequests", null));
        assertEquals(Optional.of("NOT_FOUND"), lena.execute(APPROVE, Map.of("id", noa.id())).code(),
                "no request left to approve");
    }

    @Test
    void unlockingAnAccountTurnsItsPendingRequestsIntoFollows() throws Exception {
        Members.Member una = SocialSystem.newcomer("sguuna");
        Members.Member ola = SocialSystem.newcomer("sguola");
        SocialSystem.lock(una);
        assertTrue(relate(ola, FOLLOW, una).getBoolean("requested"));

        assertFalse(una.execute("mutation { updateSettings(input: {locked: false}) { locked } }").data("updateSettings")
                .getBoolean("locked"));

        org.awaitility.Awaitility.await().atMost(SocialSystem.PROPAGATION).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> relationship(ola, una).getBoolean("following"));
        assertFalse(relationship(ola, una).getBoolean("requested"));
        assertEquals(List.of(ola.id()), people(una, FOLLOWERS, "followers", una.id()));
        assertEquals(List.of(), people(una, REQUESTS, "followRequests", null));
    }

    @Test
    void aBlockEndsFollowsBothWaysAndHidesEachFromTheOther() throws Exception {
        Members.Member kim = SocialSystem.newcomer("sgkim");
        Members.Member lou = SocialSystem.newcomer("sglou");
        Members.Member sam = SocialSystem.newcomer("sgsam");
        relate(kim, FOLLOW, lou);
        relate(lou, FOLLOW, kim);
        relate(sam, FOLLOW, lou);
        relate(kim, FOLLOW, sam);

        JsonObject blocked = relate(kim, BLOCK, lou);
        assertTrue(blocked.getBoolean("blocking"));
        assertFalse(blocked.getBoolean("following"));
        assertFalse(blocked.getBoolean("followedBy"));
        assertFalse(relationship(lou, kim).getBoolean("following"));

        // neither can follow the other while the block stands
        assertEquals(Optional.of("NOT_FOUND"), lou.execute(FOLLOW, Map.of("id", kim.id())).code());
        assertEquals(Optional.of("NOT_FOUND"), kim.execute(FOLLOW, Map.of("id", lou.id())).code());
        // and neither sees the other in anyone's lists: sam follows lou, kim follows sam
        assertEquals(List.of(), people(kim, FOLLOWERS, "followers", kim.id()));
        assertEquals(List.of(lou.id()), people(sam, FOLLOWING, "following", sam.id()), "sam sees whom he follows");
        assertEquals(List.of(), people(kim, FOLLOWING, "following", sam.id()), "kim does not see lou there");
        assertEquals(List.of(kim.id()), people(sam, FOLLOWERS, "followers", sam.id()));
        assertEquals(List.of(), people(lou, FOLLOWERS, "followers", sam.id()), "lou does not see kim there");

        JsonObject unblocked = relate(kim, UNBLOCK, lou);
        assertFalse(unblocked.getBoolean("blocking"));
        assertFalse(unblocked.getBoolean("following"), "the follows that ended with the block stay ended");
        assertTrue(relate(lou, FOLLOW, kim).getBoolean("following"), "after the block, following works again");
    }

    @Test
    void aMuteIsOnlyTheMutersAndChangesNoFollow() throws Exception {
        Members.Member ida = SocialSystem.newcomer("sgida");
        Members.Member jon = SocialSystem.newcomer("sgjon");
        relate(ida, FOLLOW, jon);

        JsonObject muted = relate(ida, MUTE, jon);
        assertTrue(muted.getBoolean("muting"));
        assertTrue(muted.getBoolean("following"), "a mute keeps the follow");
        assertFalse(relationship(jon, ida).getBoolean("muting"), "the muted side sees nothing of it");
        assertFalse(relate(ida, UNMUTE, jon).getBoolean("muting"));
    }

    @Test
    void badInputIsRefusedWithItsCode() throws Exception {
        Members.Member eve = SocialSystem.newcomer("sgeve");
        assertEquals(Optional.of("VALIDATION_FAILED"), eve.execute(FOLLOW, Map.of("id", eve.id())).code(),
                "following oneself");
        assertEquals(Optional.of("NOT_FOUND"), eve.execute(FOLLOW, Map.of("id", UUID.randomUUID().toString())).code(),
                "an unknown member");
        assertEquals(Optional.of("NOT_FOUND"), eve.execute(FOLLOW, Map.of("id", "not-a-uuid")).code());
        assertEquals(Optional.of("VALIDATION_FAILED"),
                eve.execute(FOLLOWERS, Map.of("id", eve.id(), "first", 101)).code());
        try (Gql anonymous = Gql.anonymous()) {
            assertEquals(Optional.of("UNAUTHENTICATED"), anonymous.execute(FOLLOW, Map.of("id", eve.id())).code());
        }
    }
}

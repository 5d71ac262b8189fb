package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.UserProfile;
import org.junit.jupiter.api.Test;

class ProfileTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456Z");

    static Profile registered() {
        return new Profile(new User(ID, "ada", REGISTERED), "ada", REGISTERED);
    }

    static ProfileChange change(String displayName, String bio, String locale) {
        return ProfileChange.of(new ProfileUpdate(displayName, bio, locale));
    }

    @Test
    void aChangeReturnsTheWholeProfileAsItNowIs() {
        Profile profile = registered();

        Optional<ProfileUpdated> updated = profile.change(change("Ada Lovelace", "Analyst.", "en-GB"), NOW);

        assertEquals(Optional.of(new ProfileUpdated(ID, "ada", "Ada Lovelace", "Analyst.", "en-GB", NOW)), updated);
        assertEquals("Ada Lovelace", profile.displayName());
        assertEquals(NOW, profile.updatedAt());
        assertEquals(REGISTERED, profile.createdAt());
    }

    @Test
    void absentFieldsAreKept() {
        Profile profile = registered();
        profile.change(change("Ada", "Analyst.", "en"), NOW);

        ProfileUpdated updated = profile.change(change(null, null, "pt-BR"), NOW.plusSeconds(1)).orElseThrow();

        assertEquals(new ProfileUpdated(ID, "ada", "Ada", "Analyst.", "pt-BR", NOW.plusSeconds(1)), updated);
    }

    @Test
    void emptyBioAndLocaleClearThem() {
        Profile profile = registered();
        profile.change(change(null, "Analyst.", "en"), NOW);

        ProfileUpdated updated = profile.change(change(null, "", ""), NOW.plusSeconds(1)).orElseThrow();

        assertNull(updated.bio());
        assertNull(updated.locale());
        assertNull(profile.bio());
        assertNull(profile.locale());
    }

    @Test
    void aChangeThatChangesNothingHappensNot() {
        Profile profile = registered();

        assertTrue(profile.change(ProfileChange.NONE, NOW).isEmpty());
        assertTrue(profile.change(change("ada", "", ""), NOW).isEmpty(), "same name, bio and locale already empty");
        assertEquals(REGISTERED, profile.updatedAt());
    }

    @Test
    void theEventCarriesWhatConsumersRead() {
        ProfileUpdated updated = registered().change(change("Ada", null, null), NOW).orElseThrow();

        assertEquals(updated, EventJson.fromJson(EventJson.toJson(updated), ProfileUpdated.class));
    }

    @Test
    void theViewIsTheContractRecord() {
        Profile profile = registered();
        profile.change(change("Ada", "Analyst.", "en"), NOW);

        assertEquals(new UserProfile(ID, "ada", "Ada", "Analyst.", "en", null, null, List.of(), false, "active",
                REGISTERED, NOW), profile.view());
    }

    @Test
    void mediaAndLinksAreSetReplacedAndRemoved() {
        Profile profile = registered();
        UUID avatar = UUID.randomUUID();
        List<ProfileLink> links = List.of(new ProfileLink("Blog", "https://ada.example/blog"));

        ProfileUpdated set = profile.change(ProfileChange.of(new ProfileUpdate(null, null, null, avatar.toString(),
                null, links)), NOW).orElseThrow();
        assertEquals(avatar, set.avatarMediaId());
        assertNull(set.headerMediaId());
        assertEquals(links, set.links());
        assertEquals(links, profile.view().links());

        List<ProfileLink> other = List.of(new ProfileLink("Code", "https://git.example/ada"),
                new ProfileLink("Home", "http://ada.example"));
        ProfileUpdated replaced = profile.change(ProfileChange.of(new ProfileUpdate(null, null, null, null,
                avatar.toString().toUpperCase(), other)), NOW.plusSeconds(1)).orElseThrow();
        assertEquals(avatar, replaced.avatarMediaId(), "an id left out stays");
        assertEquals(avatar, replaced.headerMediaId(), "ids in either case");
        assertEquals(other, replaced.links(), "links replace the whole list");

        ProfileUpdated removed = profile.change(ProfileChange.of(new ProfileUpdate(null, null, null, "", "",
                List.of())), NOW.plusSeconds(2)).orElseThrow();
        assertNull(removed.avatarMediaId());
        assertNull(removed.headerMediaId());
        assertEquals(List.of(), removed.links());
        assertEquals("[]", profile.linksJson());
    }

    @Test
    void theSameLinksAgainAreNoChange() {
        Profile profile = registered();
        List<ProfileLink> links = List.of(new ProfileLink("Blog", "https://ada.example/blog"));
        profile.change(ProfileChange.of(new ProfileUpdate(null, null, null, null, null, links)), NOW);

        assertTrue(profile.change(ProfileChange.of(new ProfileUpdate(null, null, null, null, null,
                List.of(new ProfileLink(" Blog ", " https://ada.example/blog ")))), NOW.plusSeconds(1)).isEmpty());
    }

    @Test
    void theEventCarriesTheWholeProfileAndReadsBack() {
        Profile profile = registered();
        UUID header = UUID.randomUUID();
        ProfileUpdated updated = profile.change(ProfileChange.of(new ProfileUpdate("Ada", "Analyst.", "en", null,
                header.toString(), List.of(new ProfileLink("Blog", "https://ada.example/blog")))), NOW).orElseThrow();

        assertEquals(updated, EventJson.fromJson(EventJson.toJson(updated), ProfileUpdated.class));
        assertEquals(header.toString(), EventJson.toJson(updated).getString("headerMediaId"));
        assertTrue(EventJson.toJson(updated).isNull("avatarMediaId"));
        assertEquals(false, EventJson.toJson(updated).getBoolean("verified"));
    }

    @Test
    void aPayloadOfTheFirstVersionStillReads() {
        JsonObject first = Json.createObjectBuilder().add("userId", ID.toString()).add("username", "ada")
                .add("displayName", "Ada").addNull("bio").add("locale", "en").add("updatedAt", NOW.toString()).build();

        ProfileUpdated read = EventJson.fromJson(first, ProfileUpdated.class);

        assertEquals(new ProfileUpdated(ID, "ada", "Ada", null, "en", NOW), read);
        assertEquals(List.of(), read.links());
        assertNull(read.avatarMediaId());
        assertFalse(read.verified());
    }

    @Test
    void erasingLeavesNothingOfThePerson() {
        Profile profile = registered();
        profile.change(ProfileChange.of(new ProfileUpdate("Ada Lovelace", "Analyst.", "en", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), List.of(new ProfileLink("Blog", "https://ada.example")))), NOW);

        profile.erase(NOW.plusSeconds(5));

        assertEquals(Profile.DELETED_DISPLAY_NAME, profile.displayName());
        assertNull(profile.bio());
        assertNull(profile.locale());
        assertNull(profile.avatarMediaId());
        assertNull(profile.headerMediaId());
        assertEquals(List.of(), profile.links());
        assertEquals(NOW.plusSeconds(5), profile.updatedAt());
    }
}

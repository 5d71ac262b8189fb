package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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

        assertEquals(updated, ProfileUpdated.from(updated.toJson()));
    }

    @Test
    void theViewIsTheContractRecord() {
        Profile profile = registered();
        profile.change(change("Ada", "Analyst.", "en"), NOW);

        assertEquals(new UserProfile(ID, "ada", "Ada", "Analyst.", "en", REGISTERED, NOW), ProfileService.view(profile));
    }
}

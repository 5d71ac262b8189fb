package nova.gateway.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.UserProfile;
import nova.contracts.user.UserStatus;
import nova.gateway.infra.ApiError;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T12:00:00.123456Z");

    @Test
    void aProfileShowsItsMediaLinksVerificationAndStatus() {
        UUID avatar = UUID.randomUUID();
        Profile profile = new Profile(new UserProfile(UUID.randomUUID(), "ada", "Ada", null, "en", avatar, null,
                List.of(new ProfileLink("Website", "https://ada.example")), true, UserStatus.DELETION_SCHEDULED,
                CREATED, null));

        assertEquals(avatar.toString(), profile.getAvatarMediaId());
        assertNull(profile.getHeaderMediaId());
        assertEquals(List.of("Website https://ada.example"),
                profile.getLinks().stream().map(link -> link.getName() + " " + link.getUrl()).toList());
        assertTrue(profile.isVerified());
        assertEquals(AccountState.DELETION_SCHEDULED, profile.getStatus());
        assertEquals("2026-11-25T12:00:00.123456Z", profile.getCreatedAt().toString());
        assertNull(profile.getUpdatedAt());
    }

    @Test
    void everyStatusOfTheContractHasItsState() {
        for (String status : List.of(UserStatus.ACTIVE, UserStatus.BANNED, UserStatus.DELETION_SCHEDULED, UserStatus.DELETED)) {
            assertEquals(status, AccountState.of(status).name().toLowerCase(java.util.Locale.ROOT));
        }
        assertNull(AccountState.of(null));
    }

    @Test
    void anAccountStatusCarriesTheBanOrTheDeletion() {
        UUID id = UUID.randomUUID();
        AccountStatus banned = AccountStatus.of(new UserStatus(id, UserStatus.BANNED, "spam", CREATED, null));

        assertEquals(id.toString(), banned.getUserId());
        assertEquals(AccountState.BANNED, banned.getState());
        assertEquals("spam", banned.getBanReason());
        assertEquals("2026-11-25T12:00:00.123456Z", banned.getBannedUntil().toString());
        assertNull(banned.getDeletionEffectiveAt());
    }

    @Test
    void aBatchAsksForEachWellFormedIdOnceInTheOrderAsked() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        assertEquals(List.of(b, a), List.copyOf(ProfileQuery.wanted(List.of(b.toString(), "not-an-id", a.toString(), b.toString()))));
        assertEquals(List.of(), List.copyOf(ProfileQuery.wanted(List.of())));
        assertEquals(100, ProfileQuery.wanted(IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString()).toList()).size());
    }

    @Test
    void aBatchOfMoreThanAHundredIsRefusedFieldByField() {
        ApiError error = assertThrows(ApiError.class,
                () -> ProfileQuery.wanted(Collections.nCopies(101, UUID.randomUUID().toString())));

        assertEquals(ApiError.Code.VALIDATION_FAILED, error.code());
        assertEquals(List.of(new ApiError.FieldError("ids", "at most 100 ids at once")), error.fieldErrors());
    }

    @Test
    void aProfileInputLeavesOutWhatWasNotGiven() {
        ProfileInput input = new ProfileInput();
        input.setBio("Counts things.");
        input.setAvatarMediaId("");

        assertEquals(new ProfileUpdate(null, "Counts things.", null, "", null, null), input.toUpdate());

        ProfileLinkInput link = new ProfileLinkInput();
        link.setName("Website");
        link.setUrl("https://ada.example");
        input.setLinks(List.of(link));
        assertEquals(List.of(new ProfileLink("Website", "https://ada.example")), input.toUpdate().links());
        input.setLinks(List.of());
        assertEquals(List.of(), input.toUpdate().links(), "an empty list removes every link");
    }

    @Test
    void aNullLinkIsRefusedBeforeAnyoneIsCalled() {
        ProfileInput input = new ProfileInput();
        input.setLinks(java.util.Arrays.asList((ProfileLinkInput) null));

        ApiError error = assertThrows(ApiError.class, input::toUpdate);

        assertEquals(ApiError.Code.VALIDATION_FAILED, error.code());
        assertEquals(List.of(new ApiError.FieldError("links", "must not hold null")), error.fieldErrors());
    }
}

package nova.contracts.user;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * Changes to one's own profile; a null field is left unchanged. Limits: display name 1–50 characters, bio at
 * most 500, locale a BCP 47 language tag such as {@code en} or {@code pt-BR}; {@code avatarMediaId} and
 * {@code headerMediaId} a media id, or the empty string to remove it; {@code links} replaces the whole list (at
 * most 4; an empty list removes them all).
 * <p>
 * JSON-B reads a request body through the canonical constructor ({@link JsonbCreator}): a record with a second
 * constructor is otherwise refused as ambiguous.
 */
public record ProfileUpdate(String displayName, String bio, String locale, String avatarMediaId,
                            String headerMediaId, List<ProfileLink> links) {

    @JsonbCreator
    public ProfileUpdate {
    }

    /** A change of the text fields only. */
    public ProfileUpdate(String displayName, String bio, String locale) {
        this(displayName, bio, locale, null, null, null);
    }
}

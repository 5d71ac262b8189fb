package nova.user.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.ProfileUpdate;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import nova.user.infra.UserIds;

/**
 * A checked, normalized {@link ProfileUpdate}. In every field {@code null} means "leave as it is"; for
 * {@code bio}, {@code locale} and the two media ids the empty string means "clear it" (a display name cannot be
 * cleared), and {@code links} replaces the whole list (empty: no links).
 *
 * @param displayName   stripped of surrounding white space, 1–50 characters, no control or invisible formatting characters
 * @param bio           stripped, at most 500 characters; line breaks and tabs allowed, other control characters not
 * @param locale        a well-formed BCP 47 tag in its canonical form ({@code pt-br} becomes {@code pt-BR})
 * @param avatarMediaId a media id (a UUID, in lower case), or empty to remove the avatar. Not checked against
 *                      the media context, which does not exist yet: only its form is.
 * @param headerMediaId the same, for the header image
 * @param links         at most 4, each checked by {@link ProfileLinks}
 */
public record ProfileChange(String displayName, String bio, String locale, String avatarMediaId,
                            String headerMediaId, List<ProfileLink> links) {

    /** Lengths count characters (Unicode code points), as PostgreSQL's {@code char_length} does. */
    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 500;
    /** RFC 5646 §4.4.1: 35 characters hold any tag that matters in practice. */
    public static final int LOCALE_MAX = 35;

    /** Nothing to change, as an empty or absent request body asks. */
    public static final ProfileChange NONE = new ProfileChange(null, null, null);

    public ProfileChange {
        links = links == null ? null : List.copyOf(links);
    }

    /** A change of the text fields only. */
    public ProfileChange(String displayName, String bio, String locale) {
        this(displayName, bio, locale, null, null, null);
    }

    /**
     * Checks every field of {@code update} and reports all problems at once.
     *
     * @throws Rejection naming each invalid field
     */
    public static ProfileChange of(ProfileUpdate update) {
        if (update == null) {
            return NONE;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String displayName = displayName(update.displayName(), errors);
        String bio = bio(update.bio(), errors);
        String locale = locale(update.locale(), errors);
        String avatar = mediaId(update.avatarMediaId(), "avatarMediaId", errors);
        String header = mediaId(update.headerMediaId(), "headerMediaId", errors);
        List<ProfileLink> links = update.links() == null ? null : ProfileLinks.check(update.links(), errors);
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new ProfileChange(displayName, bio, locale, avatar, header, links);
    }

    public boolean isEmpty() {
        return displayName == null && bio == null && locale == null && avatarMediaId == null && headerMediaId == null
                && links == null;
    }

    private static String mediaId(String value, String field, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (id.isEmpty()) {
            return id;
        }
        return UserIds.parse(id).map(UUID::toString).orElseGet(() -> {
            errors.add(new Problem.FieldError(field, "must be a media id (a UUID), or empty to remove it"));
            return null;
        });
    }

    private static String displayName(String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String name = value.strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError("displayName", "must not be blank"));
        } else if (length(name) > DISPLAY_NAME_MAX) {
            errors.add(new Problem.FieldError("displayName", "must be at most " + DISPLAY_NAME_MAX + " characters"));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.FieldError("displayName", "must not contain control characters such as line breaks"));
        } else if (name.codePoints().anyMatch(ProfileChange::isDisguising)) {
            // right-to-left overrides, zero-width spaces and the like make one name pass for another
            errors.add(new Problem.FieldError("displayName", "must not contain invisible formatting characters"));
        }
        return name;
    }

    private static String bio(String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String bio = value.strip();
        if (length(bio) > BIO_MAX) {
            errors.add(new Problem.FieldError("bio", "must be at most " + BIO_MAX + " characters"));
        } else if (bio.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new Problem.FieldError("bio", "must not contain control characters other than line breaks and tabs"));
        }
        return bio;
    }

    private static String locale(String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String tag = value.strip();
        if (tag.isEmpty()) {
            return tag;
        }
        String canonical = canonicalLanguageTag(tag);
        if (canonical == null) {
            errors.add(new Problem.FieldError("locale", "must be a BCP 47 language tag such as en or pt-BR"));
        }
        return canonical;
    }

    /**
     * The canonical form of a well-formed BCP 47 tag, or null. A tag is accepted when
     * {@link Locale#forLanguageTag} reads all of it back (it silently drops what it cannot parse,
     * so a lossy round trip means ill-formed) and it names a language of two or three letters
     * (not {@code und}, not a private-use or grandfathered tag).
     */
    static String canonicalLanguageTag(String tag) {
        if (tag.length() > LOCALE_MAX) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag);
        String canonical = locale.toLanguageTag();
        String language = locale.getLanguage();
        if (!canonical.equalsIgnoreCase(tag) || language.length() < 2 || language.length() > 3
                || language.equals("und")) {
            return null;
        }
        return canonical;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Invisible characters that change how a name reads without being seen: bidirectional controls,
     * zero-width spaces, word joiners, byte-order marks, and any other format character except the
     * zero-width (non-)joiners, which emoji sequences and several scripts need.
     */
    static boolean isDisguising(int c) {
        return Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D;
    }
}

package nova.user.profile;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nova.contracts.user.ProfileLink;
import nova.platform.problem.Problem;

/**
 * The links a profile shows ({@code user_profiles.links}, a JSON array of {@code {"name", "url"}}). Other people
 * click them, so a link must be what it looks like: a label of 1–{@value #NAME_MAX} visible characters, and an
 * absolute {@code http} or {@code https} URL with a host (never {@code javascript:}, {@code data:} and the like,
 * nor {@code https://trusted.example@elsewhere.example}, whose user part disguises the real host).
 */
public final class ProfileLinks {

    public static final int MAX = 4;
    public static final int NAME_MAX = 40;
    public static final int URL_MAX = 400;

    private ProfileLinks() {
    }

    /**
     * The links as stored: labels and URLs stripped of surrounding white space. Problems are added to
     * {@code errors} with the field {@code links} or {@code links[i].name} / {@code links[i].url}.
     */
    static List<ProfileLink> check(List<ProfileLink> links, List<Problem.FieldError> errors) {
        if (links.size() > MAX) {
            errors.add(new Problem.FieldError("links", "at most " + MAX + " links, got " + links.size()));
            return List.of();
        }
        List<ProfileLink> checked = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ProfileLink link = links.get(i);
            String field = "links[" + i + "]";
            if (link == null) {
                errors.add(new Problem.FieldError(field, "must be a link with a name and a url"));
                continue;
            }
            String name = name(link.name(), field + ".name", errors);
            String url = url(link.url(), field + ".url", errors);
            checked.add(new ProfileLink(name, url));
        }
        return checked;
    }

    private static String name(String value, String field, List<Problem.FieldError> errors) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must not be blank"));
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add(new Problem.FieldError(field, "must be at most " + NAME_MAX + " characters"));
        } else if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || ProfileChange.isDisguising(c))) {
            errors.add(new Problem.FieldError(field, "must not contain control or invisible formatting characters"));
        }
        return name;
    }

    private static String url(String value, String field, List<Problem.FieldError> errors) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must not be blank"));
        } else if (url.length() > URL_MAX) {
            errors.add(new Problem.FieldError(field, "must be at most " + URL_MAX + " characters"));
        } else if (!isSafeWebAddress(url)) {
            errors.add(new Problem.FieldError(field, "must be an http or https address such as https://example.org/me"));
        }
        return url;
    }

    /**
     * An absolute {@code http}/{@code https} URI with a host and no user part, written without white space,
     * control or invisible characters (which could make it display as something else).
     */
    static boolean isSafeWebAddress(String url) {
        if (url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c) || ProfileChange.isDisguising(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && !uri.isOpaque()
                    && uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Reads the stored JSON array (null or empty text is no links). */
    static List<ProfileLink> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(link -> new ProfileLink(link.getString("name"), link.getString("url"))).toList();
        }
    }

    /** The JSON array stored for {@code links}. */
    static String write(List<ProfileLink> links) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        links.forEach(link -> array.add(Json.createObjectBuilder().add("name", link.name()).add("url", link.url())));
        return array.build().toString();
    }
}

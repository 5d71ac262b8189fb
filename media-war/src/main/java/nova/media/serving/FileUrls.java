package nova.media.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.media.infra.MediaSettings;
import nova.media.infra.Signatures;

/**
 * The URLs of stored variants, as handed out: {@code <cdn-base-url>/files/<id>/<variant>}; a private file's
 * carry {@code expires} (epoch seconds) and {@code signature} (HMAC of id, variant and expiry), and are good
 * only until then. The signature covers the variant, so an HLS playlist's segments are reached with the
 * playlist's own signature.
 */
@ApplicationScoped
public class FileUrls {

    static final String PURPOSE = "file";

    @Inject
    MediaSettings settings;

    /** The URL of a public variant. */
    public String publicUrl(UUID id, String variant) {
        return settings.cdnBaseUrl() + "/files/" + id + "/" + variant;
    }

    /** The URL of a private variant, good until {@code now} plus the configured time. */
    public String signedUrl(UUID id, String variant, Instant now) {
        long expires = now.plus(settings.privateUrlTtl()).getEpochSecond();
        return publicUrl(id, variant) + "?" + query(signatures(), id, variant, expires);
    }

    /** The query that makes a private variant readable until {@code expires}. */
    static String query(Signatures signatures, UUID id, String variant, long expires) {
        return "expires=" + expires + "&signature=" + signatures.sign(PURPOSE, message(id, variant, expires));
    }

    /** Whether a signed URL's query is valid at {@code now}. */
    public boolean isValid(UUID id, String variant, Long expires, String signature, Instant now) {
        return expires != null && expires > now.getEpochSecond()
                && settingsSignatures().map(s -> s.verify(PURPOSE, message(id, variant, expires), signature)).orElse(false);
    }

    /** The query a private playlist's segments carry (the playlist's own signature and expiry). */
    public String segmentQuery(UUID id, long expires) {
        return query(signatures(), id, "hls", expires);
    }

    static String message(UUID id, String variant, long expires) {
        return id + "/" + variant + "/" + expires;
    }

    private Signatures signatures() {
        return settingsSignatures().orElseThrow(() -> new IllegalStateException(
                "nova.media.signing.secret is not set (environment variable NOVA_MEDIA_SIGNING_SECRET)"));
    }

    private Optional<Signatures> settingsSignatures() {
        return settings.signingSecret().map(Signatures::new);
    }
}

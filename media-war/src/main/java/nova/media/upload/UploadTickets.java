package nova.media.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nova.contracts.media.UploadTicket;
import nova.media.infra.MediaSettings;
import nova.media.infra.Refusals;
import nova.media.infra.Signatures;

/**
 * Upload tickets: what the member asked for (the media id it will get, the owner, the expiry, the file name,
 * visibility, description and declared size) as base64url JSON, then {@code .} and its HMAC under
 * {@code nova.media.signing.secret}. Nothing is stored when a ticket is issued; it is single-use because the
 * upload it allows creates the row whose id is the ticket's media id, and a second upload finds that row.
 */
@ApplicationScoped
public class UploadTickets {

    static final String PURPOSE = "upload";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    MediaSettings settings;

    /** What a ticket says. */
    public record Ticket(UUID mediaId, UUID ownerId, Instant expiresAt, String fileName, String visibility,
                         String description, Long declaredSize) {
    }

    public UploadTicket issue(Ticket ticket, long maxBytes) {
        String token = encode(signatures(), ticket);
        return new UploadTicket(token, settings.publicUrl() + "/media/uploads/" + token, ticket.expiresAt(), maxBytes);
    }

    /**
     * The ticket {@code token} is, if this server signed it.
     *
     * @throws nova.platform.problem.Rejection 403 for a token that is not one of ours, 410 for an expired one
     */
    public Ticket open(String token, Instant now) {
        Ticket ticket = decode(signatures(), token);
        if (!ticket.expiresAt().isAfter(now)) {
            throw Refusals.ticketExpired();
        }
        return ticket;
    }

    static String encode(Signatures signatures, Ticket ticket) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("m", ticket.mediaId().toString())
                .add("o", ticket.ownerId().toString())
                .add("e", ticket.expiresAt().getEpochSecond())
                .add("v", ticket.visibility());
        if (ticket.fileName() != null) {
            json.add("n", ticket.fileName());
        }
        if (ticket.description() != null) {
            json.add("d", ticket.description());
        }
        if (ticket.declaredSize() != null) {
            json.add("s", ticket.declaredSize());
        }
        String payload = B64.encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + signatures.sign(PURPOSE, payload);
    }

    static Ticket decode(Signatures signatures, String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || !signatures.verify(PURPOSE, token.substring(0, dot), token.substring(dot + 1))) {
            throw Refusals.forbidden("This is not an upload ticket of this server.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            return new Ticket(UUID.fromString(json.getString("m")), UUID.fromString(json.getString("o")),
                    Instant.ofEpochSecond(json.getJsonNumber("e").longValue()), json.getString("n", null),
                    json.getString("v"), json.getString("d", null),
                    json.containsKey("s") ? json.getJsonNumber("s").longValue() : null);
        }
    }

    private Signatures signatures() {
        return settings.signingSecret().map(Signatures::new).orElseThrow(() -> Refusals.unavailable(
                "Uploads are not possible: this server has no signing secret (NOVA_MEDIA_SIGNING_SECRET)."));
    }
}

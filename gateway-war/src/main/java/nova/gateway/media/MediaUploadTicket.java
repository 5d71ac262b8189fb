package nova.gateway.media;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nova.contracts.media.UploadTicket;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Permission to upload one file: PUT its bytes as the body to uploadUrl with your access token "
        + "('Authorization: Bearer <accessToken>') before expiresAt; the answer is the Media, status QUEUED")
public class MediaUploadTicket {

    private final UploadTicket ticket;

    MediaUploadTicket(UploadTicket ticket) {
        this.ticket = ticket;
    }

    @NonNull
    @Description("The ticket itself, also the last segment of uploadUrl; good for one successful upload")
    public String getTicket() {
        return ticket.ticket();
    }

    @NonNull
    @Description("The media server's upload endpoint for this ticket: the bytes go there, never through GraphQL")
    public String getUploadUrl() {
        return ticket.uploadUrl();
    }

    @NonNull
    public OffsetDateTime getExpiresAt() {
        return ticket.expiresAt().atOffset(ZoneOffset.UTC);
    }

    @NonNull
    @Description("The most bytes this upload may have (a larger body is refused with 413 too-large)")
    public int getMaxBytes() {
        return Sizes.bytes(ticket.maxBytes());
    }
}

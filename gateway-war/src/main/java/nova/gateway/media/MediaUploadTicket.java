package nova.gateway.media;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nova.contracts.media.UploadTicket;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Permission to upload one file: PUT its bytes as the body to uploadUrl with your access token "
        + "('Authorization: Bearer <accessToken>') before expiresAt; the answer is the Media, status QUEUED")
public class MediaUploadTicket {

    /**
     * Not named {@code ticket}: SmallRye GraphQL 1.0 would take a field named like a getter ({@code getTicket}) as
     * that field's type, and the contract's record is no type of this schema.
     */
    private final UploadTicket issued;

    MediaUploadTicket(UploadTicket issued) {
        this.issued = issued;
    }

    @NonNull
    @Description("The ticket itself, also the last segment of uploadUrl; good for one successful upload")
    public String getTicket() {
        return issued.ticket();
    }

    @NonNull
    @Description("The media server's upload endpoint for this ticket: the bytes go there, never through GraphQL")
    public String getUploadUrl() {
        return issued.uploadUrl();
    }

    @NonNull
    public OffsetDateTime getExpiresAt() {
        return issued.expiresAt().atOffset(ZoneOffset.UTC);
    }

    @NonNull
    @Description("The most bytes this upload may have (a larger body is refused with 413 too-large)")
    public int getMaxBytes() {
        return Sizes.bytes(issued.maxBytes());
    }
}

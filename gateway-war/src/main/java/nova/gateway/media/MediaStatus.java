package nova.gateway.media;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The media context's processing states as a GraphQL enum: clients poll until COMPLETE or FAILED. */
@Enum("MediaStatus")
@Description("Where processing stands: QUEUED -> IN_PROGRESS -> COMPLETE or FAILED")
public enum MediaStatus {
    QUEUED, IN_PROGRESS, COMPLETE, FAILED;

    static MediaStatus of(String status) {
        return status == null ? null : valueOf(status.toUpperCase(Locale.ROOT));
    }
}

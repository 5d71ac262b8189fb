package nova.gateway.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nova.contracts.media.MediaPage;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
import nova.gateway.media.MediaClient;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Media, answered by the media context with the caller's own token: every one of these needs
 * {@code Authorization}, and without it answers {@code UNAUTHENTICATED} without calling anyone. The bytes of an
 * upload never pass the gateway: {@code requestMediaUpload} hands out a ticket, and the client PUTs the bytes to
 * the media server's upload URL.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class MediaOperations {

    /** The most {@code myMedia} gives in one page (the media context's own bound). */
    static final int MAX_PAGE = 100;

    @Inject
    Caller caller;

    @Inject
    MediaClient media;

    @Mutation("requestMediaUpload")
    @Description("A ticket to upload one file to the media server (PUT the bytes to uploadUrl). VALIDATION_FAILED "
            + "for bad input, TOO_LARGE for a declared size over every limit, QUOTA_EXCEEDED when it does not fit "
            + "your storage quota")
    public @NonNull MediaUploadTicket requestMediaUpload(@Name("input") @NonNull MediaUploadInput input) {
        String authorization = caller.requireAuthorization();
        return new MediaUploadTicket(media.requestUpload(authorization, input.toRequest()));
    }

    @Query("media")
    @Description("A media file by id: yours, or someone's public one. NOT_FOUND if there is none you may see "
            + "(unknown, deleted, or someone else's private media)")
    public Media media(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        return new Media(media.byId(authorization, mediaId(id)));
    }

    @Query("myMedia")
    @Description("Your media, newest first: 'first' per page (1-" + MAX_PAGE + ", 20 when left out), 'after' the "
            + "endCursor of the page before")
    public @NonNull MediaConnection myMedia(@Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        if (first != null && (first < 1 || first > MAX_PAGE)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("first", "must be between 1 and " + MAX_PAGE)));
        }
        var paged = Paging.fetch(first, after, (a, n) -> media.mine(authorization, a, n),
                MediaPage::items, MediaPage::nextCursor, MediaPage::new);
        return new MediaConnection(paged.page(), paged.window());
    }

    @Mutation("deleteMedia")
    @Description("Deletes one of your media files and every stored variant of it. NOT_FOUND if unknown or deleted "
            + "already, FORBIDDEN if it is someone else's")
    public boolean deleteMedia(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        media.delete(authorization, mediaId(id));
        return true;
    }

    /** A malformed id names no media: the answer an unknown one gets, without calling anyone. */
    static UUID mediaId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no media with this id.");
        }
    }
}

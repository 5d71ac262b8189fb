package nova.contracts.media;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about a media file. Subject and record key: the media id, so one file's events stay in order;
 * each also names the owner ({@code ownerId}) so consumers need not call back.
 */
public sealed interface MediaEvent extends DomainEvent
        permits MediaUploadCompleted, MediaProcessed, MediaTranscoded, MediaDeleted {

    /** The media file the event is about. */
    UUID mediaId();

    /** The member who uploaded it. */
    UUID ownerId();

    @Override
    default String aggregateType() {
        return "media";
    }

    @Override
    default String aggregateId() {
        return mediaId().toString();
    }
}

package nova.media.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nova.contracts.media.FocalPoint;

/** What processing found about a file ({@code media_metadata}): dimensions, duration, codecs, blurhash, focal point. */
@Entity
@Table(name = "media_metadata")
public class MediaMetadata {

    @Id
    @Column(name = "media_id")
    private UUID mediaId;

    private Integer width;

    private Integer height;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    private String container;

    @Column(name = "video_codec")
    private String videoCodec;

    @Column(name = "audio_codec")
    private String audioCodec;

    private String blurhash;

    @Column(name = "focal_x")
    private Double focalX;

    @Column(name = "focal_y")
    private Double focalY;

    protected MediaMetadata() {
    }

    public MediaMetadata(UUID mediaId, Integer width, Integer height, Double durationSeconds, String container,
                         String videoCodec, String audioCodec, String blurhash, FocalPoint focalPoint) {
        this.mediaId = mediaId;
        this.width = width;
        this.height = height;
        this.durationSeconds = durationSeconds;
        this.container = container;
        this.videoCodec = videoCodec;
        this.audioCodec = audioCodec;
        this.blurhash = blurhash;
        this.focalX = focalPoint == null ? null : clamp(focalPoint.x());
        this.focalY = focalPoint == null ? null : clamp(focalPoint.y());
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    public UUID mediaId() {
        return mediaId;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public Double durationSeconds() {
        return durationSeconds;
    }

    public String blurhash() {
        return blurhash;
    }

    public FocalPoint focalPoint() {
        return focalX == null || focalY == null ? null : new FocalPoint(focalX, focalY);
    }
}

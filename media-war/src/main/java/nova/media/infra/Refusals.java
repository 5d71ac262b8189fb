package nova.media.infra;

import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** The problems this context answers besides invalid input (which is {@link Rejection#invalidInput}). */
public final class Refusals {

    private Refusals() {
    }

    /** 404 {@code not-found}: said the same way for unknown, deleted and someone else's private media. */
    public static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }

    /** 403 {@code forbidden}: the thing exists, but it is not the caller's to act on. */
    public static Rejection forbidden(String detail) {
        return new Rejection(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    /** 413 {@code too-large}. */
    public static Rejection tooLarge(long limit) {
        return new Rejection(Problem.of(413, "too-large", "Too large",
                "The file is larger than the " + limit + " bytes allowed."));
    }

    /** 409 {@code quota-exceeded}. */
    public static Rejection quotaExceeded(long quota) {
        return new Rejection(Problem.of(409, "quota-exceeded", "Quota exceeded",
                "This upload would take your stored media over its " + quota + " bytes."));
    }

    /** 410 {@code ticket-expired}. */
    public static Rejection ticketExpired() {
        return new Rejection(Problem.of(410, "ticket-expired", "Ticket expired",
                "The upload ticket has expired: ask for a new one."));
    }

    /** 409 {@code ticket-used}: a ticket is good for one successful upload. */
    public static Rejection ticketUsed() {
        return new Rejection(Problem.of(409, "ticket-used", "Ticket used",
                "The upload ticket was already used: ask for a new one."));
    }

    /** 415 {@code unsupported-media-type}: the content is none of the image, video and audio formats taken. */
    public static Rejection unsupportedType() {
        return new Rejection(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "The content is not an image (JPEG, PNG, GIF, WebP), video (MP4, WebM, QuickTime) or audio "
                        + "(MP3, Ogg, M4A) file. The type is read from the bytes, never from the name."));
    }

    /** 422 {@code unreadable-media}: of a known type, but truncated, corrupt or over the pixel or duration limit. */
    public static Rejection unreadable(String detail) {
        return new Rejection(Problem.of(422, "unreadable-media", "Unreadable media", detail));
    }

    /** 503 {@code unavailable}: this server cannot sign (no secret configured). */
    public static Rejection unavailable(String detail) {
        return new Rejection(Problem.of(503, "unavailable", "Service unavailable", detail));
    }
}

package nova.media.processing;

/**
 * Processing could not finish for a reason of ours, not of the file: a timeout, a missing ffmpeg, a full disk.
 * The job is worth retrying.
 */
public final class ProcessingFailed extends RuntimeException {

    public ProcessingFailed(String message) {
        super(message);
    }

    public ProcessingFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

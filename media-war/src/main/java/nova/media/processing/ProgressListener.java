package nova.media.processing;

/**
 * Hears how far a transcode is, for the core to store in {@code transcode_jobs}. Called on a reader thread, a few
 * times a second; it must return quickly and should not throw (what it throws is ignored).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = fraction -> { };

    /** @param fraction done so far, from 0 to 1, never decreasing */
    void progress(double fraction);
}

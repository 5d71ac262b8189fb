package nova.content.infra;

/**
 * A context content called refused the request (a 4xx answer): not a failure of that context, so it is never
 * retried and leaves the circuit alone. Its body is not kept: it may quote the caller's input.
 */
public class Refused extends RuntimeException {

    private final String context;
    private final int status;

    public Refused(String context, int status) {
        super(context + " answered " + status, null, false, false);
        this.context = context;
        this.status = status;
    }

    public String context() {
        return context;
    }

    public int status() {
        return status;
    }
}

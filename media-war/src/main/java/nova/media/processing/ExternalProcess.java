package nova.media.processing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs ffmpeg or ffprobe once: both output streams drained on their own threads (a full pipe never blocks the
 * tool), a deadline after which the process and all its children are killed, the same when the calling thread is
 * interrupted (that is how a job is cancelled), and only the tail of stderr kept, with every path argument blanked
 * out so no file name reaches an error message.
 */
final class ExternalProcess {

    /** What a run left: its exit code, stdout (up to the cap asked for) and the short, path-free end of stderr. */
    record Outcome(int exitCode, byte[] stdout, String stderrTail) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final int STDERR_TAIL = 400;
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

    private ExternalProcess() {
    }

    /** Runs the command and keeps up to {@code maxStdout} bytes of its output. */
    static Outcome run(List<String> command, Duration timeout, int maxStdout) {
        return run(command, timeout, maxStdout, null);
    }

    /** Runs the command, handing each line of its output to {@code stdoutLines} (nothing is kept). */
    static Outcome run(List<String> command, Duration timeout, Consumer<String> stdoutLines) {
        return run(command, timeout, 0, stdoutLines);
    }

    private static Outcome run(List<String> command, Duration timeout, int maxStdout, Consumer<String> stdoutLines) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new ProcessingFailed(tool(command) + " could not be started (is it installed?)");
        }
        Drain stdout = stdoutLines == null ? Drain.head(process.getInputStream(), maxStdout) : Drain.lines(process.getInputStream(), stdoutLines);
        Drain stderr = Drain.end(process.getErrorStream(), 16 * 1024);
        stdout.start();
        stderr.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new ProcessingFailed(tool(command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            // a grandchild that kept the pipes open must not hold the job: the process itself is done
            stdout.join(DRAIN_GRACE.toMillis());
            stderr.join(DRAIN_GRACE.toMillis());
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new CancellationException(tool(command) + " cancelled");
        }
        return new Outcome(process.exitValue(), stdout.bytes(), tail(stderr.text(), command));
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tool(List<String> command) {
        String path = command.get(0);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The last lines of stderr with every argument that names a file replaced, so no user or storage path leaks. */
    private static String tail(String stderr, List<String> command) {
        String text = stderr;
        for (String argument : command.subList(1, command.size())) {
            if (argument.contains("/") && argument.length() > 1) {
                text = text.replace(argument, "<file>");
                if (argument.startsWith("file:")) {
                    text = text.replace(argument.substring("file:".length()), "<file>");
                }
            }
        }
        text = text.strip();
        if (text.length() > STDERR_TAIL) {
            text = "…" + text.substring(text.length() - STDERR_TAIL);
        }
        return text.replaceAll("\\s+", " ");
    }

    /**
     * Reads one stream to its end on a daemon thread: the first {@code cap} bytes, the last {@code cap} bytes
     * ({@code keepEnd}), or line by line to a consumer. It never stops reading early, so the tool never blocks on a
     * full pipe.
     */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final int cap;
        private final boolean keepEnd;
        private final Consumer<String> lines;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        private Drain(InputStream in, int cap, boolean keepEnd, Consumer<String> lines) {
            super("media-process-drain");
            setDaemon(true);
            this.in = in;
            this.cap = cap;
            this.keepEnd = keepEnd;
            this.lines = lines;
        }

        static Drain head(InputStream in, int cap) {
            return new Drain(in, cap, false, null);
        }

        static Drain end(InputStream in, int cap) {
            return new Drain(in, cap, true, null);
        }

        static Drain lines(InputStream in, Consumer<String> lines) {
            return new Drain(in, 0, false, lines);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try (in) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (lines != null) {
                        split(buffer, n, line);
                    } else {
                        keep(buffer, n);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed: what was read is all there is
            }
        }

        private void keep(byte[] buffer, int n) {
            if (keepEnd && kept.size() + n > cap) {
                byte[] all = kept.toByteArray();
                int drop = Math.min(all.length, kept.size() + n - cap);
                kept.reset();
                kept.write(all, drop, all.length - drop);
            }
            kept.write(buffer, 0, Math.min(n, cap - kept.size()));
        }

        private void split(byte[] buffer, int n, ByteArrayOutputStream line) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    deliver(line.toString(StandardCharsets.UTF_8).strip());
                    line.reset();
                } else if (line.size() < 4096) {
                    line.write(buffer[i]);
                }
            }
        }

        private void deliver(String text) {
            try {
                lines.accept(text);
            } catch (RuntimeException ignored) {
                // a failing listener must not stop the draining, or the tool would block on a full pipe
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }

        String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}

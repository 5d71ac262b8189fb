package nova.tools.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The running system's rows of {@link Check}, kept in a file between two runs: {@code ./nova check --deploy} measures
 * them while every server is up, then runs its deploy check, which leaves the servers down. One line per row
 * ({@code row}, status, metric, target, measured), each of its details after it ({@code detail}), then the
 * measurements' notes ({@code info}); fields are tab-separated, tabs and line breaks in them replaced by spaces.
 */
final class LiveRows {

    private LiveRows() {
    }

    static void write(Path file, List<Check.Row> rows, List<String> info) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Check.Row r : rows) {
            lines.add(String.join("\t", "row", r.status().name(), clean(r.metric()), clean(r.target()), clean(r.measured())));
            r.details().forEach(d -> lines.add("detail\t" + clean(d)));
        }
        info.forEach(i -> lines.add("info\t" + clean(i)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The rows written by {@link #write}; their notes are added to {@code info}. */
    static List<Check.Row> read(Path file, List<String> info) throws IOException {
        List<Check.Row> rows = new ArrayList<>();
        String[] row = null;
        List<String> details = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "row" -> {
                    if (row != null) {
                        rows.add(toRow(row, details));
                    }
                    row = f;
                    details = new ArrayList<>();
                }
                case "detail" -> details.add(f[1]);
                case "info" -> info.add(f[1]);
                default -> throw new IOException(file + ": not a line of live rows: " + line);
            }
        }
        if (row != null) {
            rows.add(toRow(row, details));
        }
        return rows;
    }

    private static Check.Row toRow(String[] f, List<String> details) {
        return new Check.Row(f[2], f[3], f[4], Check.Status.valueOf(f[1]), List.copyOf(details));
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}

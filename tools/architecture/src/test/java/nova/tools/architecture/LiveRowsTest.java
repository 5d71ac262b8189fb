package nova.tools.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRowsTest {

    @Test
    void rowsDetailsAndNotesComeBackAsTheyWereMeasured(@TempDir Path dir) throws Exception {
        List<Check.Row> rows = List.of(
                Check.Row.of("context roles' privileges beyond their own database", "0", "1 (of 8 roles)",
                        List.of("nova_user may connect to nova_content", "a\ttab and a\nline break")),
                Check.Row.of("gateway datasources in use (live /metrics)", "0", "0 (contexts with their own pool: 8 of 8)",
                        List.of()),
                Check.Row.skipped("something", "all", "--static"));
        Path file = dir.resolve("live.txt");
        LiveRows.write(file, rows, List.of("context roles (live): the Nova databases each may connect to"));

        List<String> info = new ArrayList<>(List.of("static note"));
        List<Check.Row> read = LiveRows.read(file, info);

        assertEquals(List.of(rows.get(0).metric(), rows.get(1).metric(), rows.get(2).metric()),
                read.stream().map(Check.Row::metric).toList());
        assertEquals(Check.Status.BROKEN, read.get(0).status(), "a broken live rule stays broken");
        assertEquals(List.of("nova_user may connect to nova_content", "a tab and a line break"), read.get(0).details());
        assertEquals(Check.Status.OK, read.get(1).status());
        assertEquals("0 (contexts with their own pool: 8 of 8)", read.get(1).measured());
        assertEquals(Check.Status.SKIPPED, read.get(2).status());
        assertEquals(List.of("static note", "context roles (live): the Nova databases each may connect to"), info);
    }

    @Test
    void anEmptyFileHoldsNoRows(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("live.txt"), "");
        assertEquals(List.of(), LiveRows.read(file, new ArrayList<>()));
    }
}

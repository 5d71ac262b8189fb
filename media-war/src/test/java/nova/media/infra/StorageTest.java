package nova.media.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

    @TempDir
    Path root;

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws Exception {
        Storage storage = new Storage(root);
        Path a = storage.newTempFile("t-");
        Path b = storage.newTempFile("t-");
        Files.writeString(a, "same bytes");
        Files.writeString(b, "same bytes");

        String first = storage.storeFile(a, "png");
        String second = storage.storeFile(b, "png");

        assertEquals(first, second);
        assertTrue(first.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\\.png"), first);
        assertEquals("same bytes", Files.readString(storage.resolve(first)));
        assertFalse(Files.exists(a));
        assertFalse(Files.exists(b));
        storage.delete(first);
        assertFalse(Files.exists(storage.resolve(first)));
    }

    @Test
    void onlyKeysOfItsOwnShapeAreResolved() {
        Storage storage = new Storage(root);
        assertThrows(IllegalArgumentException.class, () -> storage.resolve("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> storage.resolve("ab/cd/x.png"));
        String key = Storage.keyOf("ab".repeat(32), "hls");
        assertTrue(storage.resolveMember(key, "segment0.ts").isPresent());
        assertTrue(storage.resolveMember(key, "../segment0.ts").isEmpty());
        assertTrue(storage.resolveMember(key, "..").isEmpty());
    }

    @Test
    void aDirectoryIsStoredUnderTheHashOfItsFiles() throws Exception {
        Storage storage = new Storage(root);
        Path dir = storage.newTempDirectory("hls-");
        Files.writeString(dir.resolve("index.m3u8"), "#EXTM3U\nseg0.ts\n");
        Files.writeString(dir.resolve("seg0.ts"), "bytes");

        String key = storage.storeDirectory(dir, "hls");

        assertTrue(Files.isRegularFile(storage.resolve(key).resolve("seg0.ts")));
        storage.delete(key);
        assertFalse(Files.exists(storage.resolve(key)));
    }

    @Test
    void theSameDirectoryStoredTwiceKeepsTheFirstAndDropsTheSecond() throws Exception {
        Storage storage = new Storage(root);
        String first = null;
        for (int round = 0; round < 2; round++) {
            Path dir = storage.newTempDirectory("hls-");
            Files.writeString(dir.resolve("index.m3u8"), "#EXTM3U\nseg0.ts\n");
            Files.writeString(dir.resolve("seg0.ts"), "bytes");

            String key = storage.storeDirectory(dir, "hls");

            if (first == null) {
                first = key;
            }
            assertEquals(first, key);
            assertFalse(Files.exists(dir), "the second copy leaves nothing in the temporary area");
        }
        assertTrue(Files.isRegularFile(storage.resolve(first).resolve("seg0.ts")));
    }
}

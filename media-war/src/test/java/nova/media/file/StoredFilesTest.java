package nova.media.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nova.media.infra.Storage;
import org.junit.jupiter.api.Test;

class StoredFilesTest {

    @Test
    void aKeyIsHeldByTheFirst32BitsOfItsContentHash() {
        String jpeg = Storage.keyOf("ffeeddcc" + "0".repeat(56), "jpg");
        String hls = Storage.keyOf("ffeeddcc" + "1".repeat(56), "hls");
        String other = Storage.keyOf("00000001" + "0".repeat(56), "jpg");

        assertEquals(0xffeeddcc, StoredFiles.lockId(jpeg));
        assertEquals(StoredFiles.lockId(jpeg), StoredFiles.lockId(hls), "only the lock is shared, never the file");
        assertNotEquals(StoredFiles.lockId(jpeg), StoredFiles.lockId(other));
        assertEquals(1, StoredFiles.lockId(other));
    }
}

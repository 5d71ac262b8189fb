package nova.media.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import nova.media.infra.Signatures;
import org.junit.jupiter.api.Test;

class FileUrlsTest {

    static final Signatures KEY = new Signatures("secret");
    static final UUID ID = UUID.randomUUID();

    @Test
    void aSignatureCoversTheFileTheVariantAndTheExpiry() {
        String query = FileUrls.query(KEY, ID, "original", 2_000_000_000L);
        String signature = query.substring(query.indexOf("signature=") + "signature=".length());

        assertTrue(query.startsWith("expires=2000000000&signature="), query);
        assertTrue(KEY.verify(FileUrls.PURPOSE, FileUrls.message(ID, "original", 2_000_000_000L), signature));
        assertFalse(KEY.verify(FileUrls.PURPOSE, FileUrls.message(ID, "small", 2_000_000_000L), signature));
        assertFalse(KEY.verify(FileUrls.PURPOSE, FileUrls.message(ID, "original", 2_000_000_001L), signature));
        assertFalse(KEY.verify(FileUrls.PURPOSE, FileUrls.message(UUID.randomUUID(), "original", 2_000_000_000L), signature));
        assertFalse(new Signatures("other").verify(FileUrls.PURPOSE, FileUrls.message(ID, "original", 2_000_000_000L),
                signature));
        assertEquals(false, KEY.verify(FileUrls.PURPOSE, "x", null));
    }
}

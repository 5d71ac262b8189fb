package nova.media.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nova.contracts.media.UploadRequest;
import nova.platform.problem.Rejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UploadTermsTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "a/b.png", "..", ".", "x\u0000.png",
            "line\nbreak.png"})
    void aFileNameThatIsAPathIsRefused(String name) {
        Rejection refused = assertThrows(Rejection.class, () -> UploadTerms.of(new UploadRequest(name, 10L, null, null)));
        assertEquals(400, refused.problem().status());
        assertEquals("fileName", refused.errors().get(0).field());
    }

    @Test
    void aPlainRequestIsPublicByDefault() {
        UploadTerms terms = UploadTerms.of(new UploadRequest(" cat photo.JPG ", 10L, null, "  "));
        assertEquals("cat photo.JPG", terms.fileName());
        assertEquals("public", terms.visibility());
        assertNull(terms.description());
    }

    @Test
    void everyBadFieldIsNamed() {
        Rejection refused = assertThrows(Rejection.class,
                () -> UploadTerms.of(new UploadRequest("ok.png", 0L, "friends", "x".repeat(1501))));
        assertEquals(3, refused.errors().size());
    }
}

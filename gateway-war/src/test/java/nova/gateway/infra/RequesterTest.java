package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequesterTest {

    private final ThrownErrors thrown = new ThrownErrors();
    private final Requester requester = new Requester("Bearer a.b.c", thrown.instance());

    @Test
    void aBatchedFieldsRefusalIsNotedForThisRequestsAnswer() {
        ApiError unavailable = ApiError.unavailable("user");

        assertSame(unavailable, assertThrows(ApiError.class, () -> requester.resolve("Post.author", () -> {
            throw unavailable;
        })));
        assertEquals(List.of(unavailable), thrown.inOrder());
    }

    @Test
    void aBugIsInternalWithAReferenceAndNoDetail() {
        ApiError internal = assertThrows(ApiError.class, () -> requester.resolve("Post.media", () -> {
            throw new IllegalStateException("secret detail");
        }));

        assertEquals(ApiError.Code.INTERNAL, internal.code());
        assertTrue(internal.getMessage().startsWith("internal error, reference "), internal.getMessage());
        assertEquals(List.of(internal), thrown.inOrder());
    }

    @Test
    void anAnswerPassesUntouched() {
        assertEquals("ok", requester.resolve("Post.author", () -> "ok"));
        assertEquals(List.of(), thrown.inOrder());
        assertSame(thrown, thrown.instance());
    }
}

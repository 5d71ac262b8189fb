package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    @Test
    void aTokenIs32RandomBytesInBase64Url() {
        RefreshToken token = RefreshToken.generate();

        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
        assertEquals(32, Base64.getUrlDecoder().decode(token.value()).length);
        assertNotEquals(token.value(), RefreshToken.generate().value());
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        RefreshToken token = RefreshToken.generate();

        assertEquals(32, token.hash().length);
        assertArrayEquals(token.hash(), RefreshToken.hashOf(token.value()).orElseThrow());
    }

    @Test
    void theHashIsSha256OfTheTokensCharacters() {
        // the token made of bytes 0..31; its SHA-256 as sha256sum computes it
        String token = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

        assertEquals("ea866a757e4c38babfa8127cbe9a409d3e1f93a00ff1488ff735fcf917afffd0",
                HexFormat.of().formatHex(RefreshToken.hashOf(token).orElseThrow()));
    }

    @Test
    void whatCannotBeOneOfOurTokensIsNotLookedUp() {
        assertTrue(RefreshToken.hashOf(null).isEmpty());
        assertTrue(RefreshToken.hashOf("").isEmpty());
        assertTrue(RefreshToken.hashOf("a".repeat(42)).isEmpty());
        assertTrue(RefreshToken.hashOf("a".repeat(44)).isEmpty());
        assertTrue(RefreshToken.hashOf("a".repeat(42) + "=").isEmpty());
        assertTrue(RefreshToken.hashOf("a".repeat(42) + "+").isEmpty());
        assertTrue(RefreshToken.hashOf("a".repeat(43)).isPresent());
    }

    @Test
    void itsTextNeverShowsTheToken() {
        RefreshToken token = RefreshToken.generate();
        assertFalse(token.toString().contains(token.value()));
    }
}

package nova.content.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostTextTest {

    @Test
    void mentionsAreUsernamesLowerCasedOnceInOrderNotEmailAddresses() {
        assertEquals(List.of("ada", "grace_h"),
                PostText.mentions("@Ada meet @grace_h, cc @ADA; write to bob@example.org or @1up"));
    }

    @Test
    void hashtagsAreNormalisedLowerCasedAndDeduplicated() {
        // the full-width letters are NFKC-normalised to ASCII; a number alone is no tag; a URL fragment neither
        assertEquals(List.of("nova", "café", "java_17"),
                PostText.hashtags("#Nova #ＮＯＶＡ #café #42 #java_17 see https://x.org/a#frag and#glued"));
    }

    @Test
    void lengthCountsCodePointsSoAnEmojiIsOne() {
        assertEquals(3, PostText.length("a😀b"));
    }
}

package nova.contracts.content;

import java.util.List;
import java.util.UUID;

/**
 * A change to one's own post: every null field stays as it is (an empty {@code mediaIds} list removes the media).
 * Visibility, the reply target and the quote never change. The previous version is kept ({@link ContentVersion}).
 */
public record PostEdit(String text, String contentWarning, Boolean sensitive, String language, List<UUID> mediaIds) {
}

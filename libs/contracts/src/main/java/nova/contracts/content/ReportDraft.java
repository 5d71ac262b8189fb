package nova.contracts.content;

import java.util.List;

/**
 * What a member reports: a {@code category} (spam, harassment, hate, violence, sexual, misinformation, illegal,
 * other), an optional {@code comment} (at most 1000 characters) and 1–20 distinct {@code items}, each a post, article
 * or comment the reporter can see and did not write (only {@code type} and {@code id} are read).
 */
public record ReportDraft(String category, String comment, List<ReportedItem> items) {
}

package nova.content.moderation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nova.contracts.content.ReportDraft;
import nova.contracts.content.ReportedItem;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** A report as a member may file it: a known category, a comment of at most 1000 characters, 1–20 distinct items. */
public record ReportTerms(String category, String comment, List<ItemRef> items) {

    public static final Set<String> CATEGORIES = Set.of("spam", "harassment", "hate", "violence", "sexual",
            "misinformation", "illegal", "other");
    public static final int COMMENT_MAX = 1000;
    public static final int ITEMS_MAX = 20;

    /** @throws Rejection 400 {@code invalid-input} with one error per field that is wrong */
    public static ReportTerms of(ReportDraft draft) {
        if (draft == null) {
            throw Rejection.invalidInput("category", "Send a report: a category and the items reported.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String category = draft.category() == null ? null : draft.category().strip().toLowerCase(java.util.Locale.ROOT);
        if (category == null || !CATEGORIES.contains(category)) {
            errors.add(new Problem.FieldError("category", "Give one of " + String.join(", ", sorted(CATEGORIES)) + "."));
        }
        String comment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
            errors.add(new Problem.FieldError("comment", "At most " + COMMENT_MAX + " characters."));
        }
        Set<ItemRef> items = new LinkedHashSet<>();
        List<ReportedItem> given = draft.items() == null ? List.of() : draft.items();
        if (given.isEmpty() || given.size() > ITEMS_MAX) {
            errors.add(new Problem.FieldError("items", "Report 1 to " + ITEMS_MAX + " items."));
        } else {
            for (int i = 0; i < given.size(); i++) {
                ReportedItem item = given.get(i);
                if (item == null || item.type() == null || !ItemRef.TYPES.contains(item.type())) {
                    errors.add(new Problem.FieldError("items[" + i + "].type", "Give post, article or comment."));
                } else if (item.id() == null) {
                    errors.add(new Problem.FieldError("items[" + i + "].id", "Give the item's id."));
                } else if (!items.add(new ItemRef(item.type(), item.id()))) {
                    errors.add(new Problem.FieldError("items[" + i + "]", "The same item twice."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new ReportTerms(category, comment, List.copyOf(items));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}

package nova.content.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.contracts.content.ModerationDecision;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** A moderator's decision as it may be taken: a known item kind and action, an id, a reason of 1–1000 characters. */
public record DecisionTerms(ItemRef item, String action, String reason, UUID reportId) {

    public static final int REASON_MAX = 1000;

    /** @throws Rejection 400 {@code invalid-input} with one error per field that is wrong */
    public static DecisionTerms of(ModerationDecision decision) {
        if (decision == null) {
            throw Rejection.invalidInput("action", "Send a decision: the item, the action and the reason.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decision.itemType() == null || !ItemRef.TYPES.contains(decision.itemType())) {
            errors.add(new Problem.FieldError("itemType", "Give post, article or comment."));
        }
        if (decision.itemId() == null) {
            errors.add(new Problem.FieldError("itemId", "Give the item's id."));
        }
        if (decision.action() == null || !Moderation.ACTIONS.contains(decision.action())) {
            errors.add(new Problem.FieldError("action", "Give hide, remove or restore."));
        }
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        if (reason.isEmpty()) {
            errors.add(new Problem.FieldError("reason", "Say why: the author is told."));
        } else if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
            errors.add(new Problem.FieldError("reason", "At most " + REASON_MAX + " characters."));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new DecisionTerms(new ItemRef(decision.itemType(), decision.itemId()), decision.action(), reason,
                decision.reportId());
    }
}

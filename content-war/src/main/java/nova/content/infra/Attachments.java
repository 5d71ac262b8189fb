package nova.content.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.contracts.media.AttachmentReport;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** Media a member attaches: each must be theirs and processed, as the media context says. */
@ApplicationScoped
public class Attachments {

    @Inject
    MediaContext media;

    /**
     * @param field the request's field the ids came in, for the error
     * @throws Rejection 400 on {@code field} for media that is unknown, someone else's or not processed yet;
     *                   503 while the media context is unavailable
     */
    public void check(Caller caller, List<UUID> ids, String field) {
        if (ids.isEmpty()) {
            return;
        }
        AttachmentReport report;
        try {
            report = media.attachments(caller.authorization(),
                    ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
        } catch (Refused refused) {
            throw Refusals.unavailable("media");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!report.notOwned().isEmpty()) {
            errors.add(new Problem.FieldError(field, "not your media (unknown, deleted or someone else's): "
                    + report.notOwned()));
        }
        if (!report.notReady().isEmpty()) {
            errors.add(new Problem.FieldError(field, "still processing (or failed), attach it once it is ready: "
                    + report.notReady()));
        }
        if (errors.isEmpty() && !report.ready().containsAll(ids)) {
            errors.add(new Problem.FieldError(field, "the media service did not confirm every id"));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
    }
}

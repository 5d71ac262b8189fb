package nova.events.saga;

import java.util.List;
import nova.contracts.events.SagaAction;

/** The sagas there are: what each asks, and of which contexts, in this order. */
public enum SagaKind {
    /** {@code user.deleted}: every context forgets the member. */
    DELETION(SagaAction.ERASE, List.of("identity", "content", "social", "media", "communication", "search")),
    /** {@code user.banned}: sessions end, content is hidden everywhere, search leaves the member out. */
    BAN(SagaAction.HIDE, List.of("identity", "content", "search")),
    /** {@code user.unbanned}: what the ban hid is shown again. */
    UNBAN(SagaAction.RESTORE, List.of("identity", "content", "search"));

    private final SagaAction action;
    private final List<String> steps;

    SagaKind(SagaAction action, List<String> steps) {
        this.action = action;
        this.steps = steps;
    }

    public SagaAction action() {
        return action;
    }

    public List<String> steps() {
        return steps;
    }

    /** As stored and shown: {@code deletion}, {@code ban}, {@code unban}. */
    public String column() {
        return name().toLowerCase();
    }

    public static SagaKind ofColumn(String column) {
        return valueOf(column.toUpperCase());
    }
}

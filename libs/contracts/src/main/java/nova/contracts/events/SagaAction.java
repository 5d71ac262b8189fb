package nova.contracts.events;

/**
 * What a saga asks of one context about one member, and the verb of the event that says it is done
 * ({@code <context>.member.<verb>}).
 */
public enum SagaAction {
    /** The account is gone for good: delete or anonymise everything the context holds of the member. */
    ERASE("erased"),
    /** The member is banned: hide what they made, end their sessions, take them out of search. */
    HIDE("hidden"),
    /** The ban has ended: show again what the ban hid. */
    RESTORE("restored");

    private final String done;

    SagaAction(String done) {
        this.done = done;
    }

    /** The verb of the completion event, e.g. {@code erased} in {@code content.member.erased}. */
    public String done() {
        return done;
    }
}

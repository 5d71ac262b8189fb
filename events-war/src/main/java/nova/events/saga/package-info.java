/**
 * Sagas across contexts (issue 20), orchestrated by events: {@code user.deleted} starts the account deletion saga,
 * {@code user.banned} and {@code user.unbanned} the ban and unban sagas. Each asks every context that has a part
 * by a command event on {@code nova.events} ({@code events.saga.step_requested}); each context answers on its own
 * topic ({@code <context>.member.erased|hidden|restored}). A step not answered in time is asked again, and after
 * its last attempt marked stuck with the reason; an operator resumes a stuck saga. The state is in {@code sagas}
 * and {@code saga_steps}, shown at {@code /sagas}.
 */
package nova.events.saga;

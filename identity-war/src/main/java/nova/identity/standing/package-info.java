/**
 * Account standing and permissions from the user context (issues 6 and 7): consumes {@code nova.user}'s
 * {@code user.banned}, {@code user.unbanned}, {@code user.deleted} and {@code user.roles.changed} into
 * identity's own {@code credentials} columns. A ban that holds and a deletion revoke every open session
 * of the account; logins and refreshes consult the projection; the {@code groups} claim carries the
 * permissions from the next token on.
 */
package nova.identity.standing;

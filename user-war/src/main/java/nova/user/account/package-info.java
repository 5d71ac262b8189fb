/**
 * Accounts arriving from identity: {@code identity.user.registered} becomes a user, a profile and
 * default settings here, through the platform's idempotent inbox.
 */
package nova.user.account;

/**
 * Accounts and where they stand. {@code identity.user.registered} becomes a user, a profile, default settings
 * and the role {@code user}; {@code identity.email.verified} becomes {@code user.verified}; both through the
 * platform's idempotent inbox. The owner reads their status and schedules or cancels their account's deletion;
 * holders of {@code ban_users} ban and unban; {@link nova.user.account.AccountDeadlines} lapses bans and carries
 * out deletions when their date comes.
 */
package nova.user.account;

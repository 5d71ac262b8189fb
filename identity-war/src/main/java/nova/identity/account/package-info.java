/**
 * Accounts: registration with field-by-field rules, the {@code credentials} table (with the account's
 * standing and permissions as projected from the user context, and whether its address is proven),
 * argon2id password hashes in PHC form, and the single-use tokens mailed to an account's address
 * ({@code emailed_tokens}). Publishes {@code identity.user.registered}, and through
 * {@link nova.identity.account.MailedTokens} {@code identity.email.verification_requested} and
 * {@code identity.password.reset_requested}.
 */
package nova.identity.account;

/**
 * Proof of the account's email address: a single-use token is mailed at registration (by
 * {@link nova.identity.account.MailedTokens}) and again on request; posting it back marks the address
 * verified and publishes {@code identity.email.verified}. Changing the address is not here yet.
 */
package nova.identity.email;

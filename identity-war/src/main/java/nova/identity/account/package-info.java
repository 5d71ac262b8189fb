/**
 * Accounts: registration with field-by-field rules, the {@code credentials} table, and argon2id
 * password hashes in PHC form. Publishes {@code identity.user.registered}.
 */
package nova.identity.account;

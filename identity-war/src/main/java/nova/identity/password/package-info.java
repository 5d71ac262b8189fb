/**
 * Passwords after registration: the holder changes theirs (proving the current one; every other session
 * ends), or resets a forgotten one with a single-use token mailed to the account's address (every session
 * ends). Both publish {@code identity.password.changed}; a reset request publishes
 * {@code identity.password.reset_requested}, which the communication context mails.
 */
package nova.identity.password;

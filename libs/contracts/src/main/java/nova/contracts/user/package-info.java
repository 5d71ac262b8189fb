/**
 * The user context's public language: its REST API ({@link nova.contracts.user.UserApi}) and the payloads
 * of the events it publishes on {@code nova.user}.
 */
package nova.contracts.user;

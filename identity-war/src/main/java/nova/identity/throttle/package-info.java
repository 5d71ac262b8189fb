/**
 * Login throttling (ASVS 2.2.1): failed logins counted per login name and per client address in
 * PostgreSQL, so every replica agrees; once either is over its limit, attempts are refused with 429 and
 * {@code Retry-After} before any password is hashed. Password changes with a wrong current password count
 * as failed logins too.
 */
package nova.identity.throttle;

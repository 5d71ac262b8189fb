/**
 * A user's settings: locked account, who may message them, discoverability, notification and
 * e-mail preferences. Created with their defaults at registration; only the entity so far.
 */
package nova.user.settings;

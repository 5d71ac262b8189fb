/**
 * A user's settings: locked account, who may message them, discoverability, notification and email
 * preferences. Created with their defaults at registration; read and changed by their owner only, every change
 * published as {@code user.settings.updated}.
 */
package nova.user.settings;

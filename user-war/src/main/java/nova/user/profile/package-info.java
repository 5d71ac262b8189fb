/**
 * Users and their public profiles: reading one, several or one's own, and changing one's own
 * (published as {@code user.profile.updated}). The rows are created by
 * {@link nova.user.account.RegistrationIntake}.
 */
package nova.user.profile;

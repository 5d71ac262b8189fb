/**
 * Users and their public profiles: reading one, several, one by username or one's own, and changing one's own
 * (published as {@code user.profile.updated}); and where each account stands ({@link nova.user.profile.User}:
 * verified, banned, deletion scheduled, deleted), the rules {@link nova.user.account} applies. The rows are
 * created by {@link nova.user.account.RegistrationIntake}.
 */
package nova.user.profile;

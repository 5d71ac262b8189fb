/**
 * Profiles and the account they belong to over GraphQL, answered by the user context with the caller's own
 * token: me, user, userByUsername, users (batch) and updateProfile; myStatus, scheduleAccountDeletion and
 * cancelAccountDeletion.
 */
package nova.gateway.profile;

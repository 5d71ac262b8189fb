/**
 * Administration over GraphQL, answered by the user context, which checks the caller's permissions: roles
 * (roles, userRoles, grantRole, revokeRole; manage_roles) and bans (banUser, unbanUser; ban_users).
 */
package nova.gateway.admin;

/**
 * Roles and permissions (RBAC): the roles there are and what each grants, who holds which, granting and
 * revoking ({@code manage_roles}), each change published as {@code user.roles.changed} for identity to put in the
 * next tokens. Resources everywhere check permissions ({@link nova.platform.security.Permissions}), never role
 * names: which role grants what is data, seeded by {@code db/migration/V2}.
 */
package nova.user.role;

package nova.platform.security;

import java.util.List;

/**
 * The names every context checks with {@code @RolesAllowed}. identity puts them in the {@code groups} claim of
 * access tokens: {@link #SIGNED_IN} for every account in good standing, plus each permission the user's roles
 * grant (the user context's RBAC: {@code roles}, {@code permissions}, {@code role_permissions},
 * {@code user_roles}, projected into identity from {@code user.roles.changed}). Resources name a permission,
 * never a role: which roles grant it is data, changed without a deployment.
 */
public final class Permissions {

    /** Any signed-in account: what every member may do with their own things. */
    public static final String SIGNED_IN = "user";

    /** Hide, restore and remove other people's content; handle reports. */
    public static final String MODERATE_CONTENT = "moderate_content";
    /** Ban and unban accounts. */
    public static final String BAN_USERS = "ban_users";
    /** Grant and revoke roles. */
    public static final String MANAGE_ROLES = "manage_roles";
    /** Read the event log, consumer subscriptions and the dead-letter store. */
    public static final String VIEW_DEAD_LETTERS = "view_dead_letters";
    /** Replay and discard dead letters. */
    public static final String MANAGE_DEAD_LETTERS = "manage_dead_letters";
    /** Rotate the keys that sign access tokens. */
    public static final String MANAGE_SIGNING_KEYS = "manage_signing_keys";

    /** Every named permission; the user context seeds exactly these (a test holds it to that). */
    public static final List<String> ALL = List.of(MODERATE_CONTENT, BAN_USERS, MANAGE_ROLES, VIEW_DEAD_LETTERS,
            MANAGE_DEAD_LETTERS, MANAGE_SIGNING_KEYS);

    private Permissions() {
    }
}

package nova.user.role;

import nova.platform.problem.Rejection;
import nova.user.infra.Refusals;

/**
 * What no grant or revocation may break, whoever holds {@code manage_roles}. Role names are data, checked by
 * no resource; two of them carry a promise, though: {@value #USER} is every account's (the one registration
 * gives), and {@value #ADMIN} must keep a holder, or only the operator account could ever grant it again.
 */
public final class RoleRules {

    /** The role of every account. */
    public static final String USER = "user";
    /** The role that holds every permission. */
    public static final String ADMIN = "admin";

    private RoleRules() {
    }

    /**
     * Checks that {@code role} may be taken from an account.
     *
     * @param holds       whether the account holds it now (taking away what is not there changes nothing)
     * @param otherAdmins how many other accounts hold {@value #ADMIN}
     * @throws Rejection 400 for {@value #USER}; 409 for the last admin's {@value #ADMIN}
     */
    public static void checkRevocable(String role, boolean holds, long otherAdmins) {
        if (USER.equals(role)) {
            throw Rejection.invalidInput("role", "every account keeps the role user; it cannot be revoked");
        }
        if (ADMIN.equals(role) && holds && otherAdmins == 0) {
            throw Refusals.conflict("This is the last admin: grant admin to another account before revoking it "
                    + "here, so that someone can still manage roles.");
        }
    }

    /**
     * Checks that {@code role} may be given to an account in {@code status}.
     *
     * @throws Rejection 409 for a deleted account
     */
    public static void checkGrantable(String status) {
        if ("deleted".equals(status)) {
            throw Refusals.conflict("The account is deleted: it can hold no role.");
        }
    }
}

package nova.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.contracts.identity.EmailVerification;
import nova.contracts.identity.PasswordChange;
import nova.contracts.identity.PasswordReset;
import nova.contracts.identity.PasswordResetRequest;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.account.IdentityClient;
import nova.gateway.infra.ProblemMapping;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Passwords and email proof, answered by identity: changing your password, resetting a forgotten one with
 * the mailed token, and proving your email address. Each answers true once done; a failure is an error.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class CredentialOperations {

    @Inject
    Caller caller;

    @Inject
    IdentityClient identity;

    @Mutation("changePassword")
    @Description("Replaces your password; every other session of yours is revoked. UNAUTHENTICATED if the current "
            + "password is wrong (counted like a failed login: RATE_LIMITED after too many), VALIDATION_FAILED "
            + "with extensions.fieldErrors if the new one breaks the registration rules")
    public boolean changePassword(@Name("currentPassword") @NonNull String currentPassword,
                                  @Name("newPassword") @NonNull String newPassword) {
        String authorization = caller.requireAuthorization();
        try {
            identity.changePassword(authorization, new PasswordChange(currentPassword, newPassword));
        } catch (ApiError refused) {
            throw wrongCurrentPassword(refused);
        }
        return true;
    }

    @Mutation("requestPasswordReset")
    @Description("Mails a reset link to this address if it belongs to an account. Answers true either way, so it "
            + "tells nobody whether the address is registered")
    public boolean requestPasswordReset(@Name("email") @NonNull String email) {
        identity.requestPasswordReset(new PasswordResetRequest(email));
        return true;
    }

    @Mutation("resetPassword")
    @Description("Sets a new password with the mailed reset token, which is then spent; every session of the account "
            + "is revoked. VALIDATION_FAILED with a fieldError on 'token' if it is unknown, used or expired")
    public boolean resetPassword(@Name("token") @NonNull String token, @Name("newPassword") @NonNull String newPassword) {
        identity.resetPassword(new PasswordReset(token, newPassword));
        return true;
    }

    @Mutation("requestEmailVerification")
    @Description("Mails you a new link to prove your email address; CONFLICT if it is proven already")
    public boolean requestEmailVerification() {
        identity.requestEmailVerification(caller.requireAuthorization());
        return true;
    }

    @Mutation("verifyEmail")
    @Description("Proves an email address with the mailed token. VALIDATION_FAILED with a fieldError on 'token' if it "
            + "is unknown, used or expired")
    public boolean verifyEmail(@Name("token") @NonNull String token) {
        identity.verifyEmail(new EmailVerification(token));
        return true;
    }

    /**
     * identity answers a wrong current password as it answers a failed login; here the caller is known,
     * so the message says which password was wrong. Any other refusal (an invalid token) passes as it is.
     */
    static ApiError wrongCurrentPassword(ApiError refused) {
        if (refused.code() == ApiError.Code.UNAUTHENTICATED && ProblemMapping.INVALID_LOGIN.equals(refused.getMessage())) {
            return new ApiError(ApiError.Code.UNAUTHENTICATED, "the current password is wrong");
        }
        return refused;
    }
}

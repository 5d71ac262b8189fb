package nova.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import nova.contracts.identity.EmailVerification;
import nova.contracts.identity.PasswordChange;
import nova.contracts.identity.PasswordReset;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ProblemMapping;
import org.junit.jupiter.api.Test;

class CredentialOperationsTest {

    @Test
    void aWrongCurrentPasswordSaysSo() {
        ApiError wrong = ProblemMapping.toApiError("identity", 401,
                "{\"type\":\"https://nova.dev/problems/invalid-credentials\",\"status\":401}");

        ApiError answered = CredentialOperations.wrongCurrentPassword(wrong);

        assertEquals(ApiError.Code.UNAUTHENTICATED, answered.code());
        assertEquals("the current password is wrong", answered.getMessage());
    }

    @Test
    void anInvalidAccessTokenAndOtherRefusalsPassAsTheyAre() {
        ApiError expired = ProblemMapping.toApiError("identity", 401, "");
        ApiError invalid = ProblemMapping.toApiError("identity", 400, "{\"errors\":[{\"field\":\"newPassword\",\"message\":\"too short\"}]}");

        assertSame(expired, CredentialOperations.wrongCurrentPassword(expired));
        assertSame(invalid, CredentialOperations.wrongCurrentPassword(invalid));
    }

    @Test
    void passwordsAndTokensNeverShowInToString() {
        assertEquals("PasswordChange[currentPassword=***, newPassword=***]", new PasswordChange("old secret", "new secret").toString());
        assertEquals("PasswordReset[token=***, newPassword=***]", new PasswordReset("t0k3n", "new secret").toString());
        assertEquals("EmailVerification[token=***]", new EmailVerification("t0k3n").toString());
    }
}

package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class CredentialsRequiredTest {

    @RolesAllowed("signed_in")
    static class Guarded {
        public void read() {
        }

        @PermitAll
        public void open() {
        }
    }

    static class Mixed {
        @RolesAllowed("ban_users")
        public void ban() {
        }

        public void read() {
        }
    }

    @Test
    void aResourceThatNamesRolesNeedsACallerUnlessTheMethodIsOpen() throws Exception {
        assertTrue(CredentialsRequired.needsACaller(Guarded.class.getMethod("read"), Guarded.class));
        assertFalse(CredentialsRequired.needsACaller(Guarded.class.getMethod("open"), Guarded.class));
        assertTrue(CredentialsRequired.needsACaller(Mixed.class.getMethod("ban"), Mixed.class));
        assertFalse(CredentialsRequired.needsACaller(Mixed.class.getMethod("read"), Mixed.class));
        assertFalse(CredentialsRequired.needsACaller(null, null), "no resource matched: the 404 is someone else's");
    }
}

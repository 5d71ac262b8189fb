package nova.identity.account;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.Account;

/** One row of {@code credentials}: an account and what proves it is you. Never leaves this context. */
public record Credential(UUID id, String email, String username, String passwordHash, AccountStatus status,
                         Instant createdAt) {

    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE;
    }

    public Account toAccount() {
        return new Account(id, username, email, createdAt);
    }

    @Override
    public String toString() {
        return "Credential[id=" + id + ", username=" + username + ", status=" + status + "]";
    }
}

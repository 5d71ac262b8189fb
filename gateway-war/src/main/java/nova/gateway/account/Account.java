package nova.gateway.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A registered account; its id is the user's id everywhere")
public class Account {

    private final String id;
    private final String username;
    private final String email;
    private final OffsetDateTime createdAt;

    Account(nova.contracts.identity.Account account) {
        this.id = account.id().toString();
        this.username = account.username();
        this.email = account.email();
        this.createdAt = account.createdAt().atOffset(ZoneOffset.UTC);
    }

    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @NonNull
    public String getUsername() {
        return username;
    }

    @NonNull
    public String getEmail() {
        return email;
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}

package nova.gateway.profile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nova.contracts.user.UserStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where an account stands, with the details of a ban or a scheduled deletion")
public class AccountStatus {

    private final UserStatus status;

    private AccountStatus(UserStatus status) {
        this.status = status;
    }

    /** Public for the moderators' ban and unban, which answer the banned user's status. */
    public static AccountStatus of(UserStatus status) {
        return new AccountStatus(status);
    }

    @Id
    @NonNull
    public String getUserId() {
        return status.userId().toString();
    }

    @NonNull
    public AccountState getState() {
        return AccountState.of(status.status());
    }

    @Description("Why the account is banned; only while it is")
    public String getBanReason() {
        return status.banReason();
    }

    @Description("When the ban ends by itself; null while banned means it does not")
    public OffsetDateTime getBannedUntil() {
        return utc(status.bannedUntil());
    }

    @Description("When a scheduled deletion takes effect; until then it can be cancelled")
    public OffsetDateTime getDeletionEffectiveAt() {
        return utc(status.deletionEffectiveAt());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

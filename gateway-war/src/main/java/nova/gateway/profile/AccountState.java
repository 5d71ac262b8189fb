package nova.gateway.profile;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The user context's {@code UserStatus} values as a GraphQL enum: clients switch on them. */
@Enum("AccountState")
@Description("Where an account stands")
public enum AccountState {
    ACTIVE, BANNED, DELETION_SCHEDULED, DELETED;

    /** The user context's value ({@code active}, {@code banned}, ...); null stays null. */
    static AccountState of(String status) {
        return status == null ? null : valueOf(status.toUpperCase(Locale.ROOT));
    }
}

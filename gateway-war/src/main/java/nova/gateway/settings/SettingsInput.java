package nova.gateway.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nova.contracts.user.SettingsUpdate;
import nova.gateway.infra.ApiError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("SettingsInput")
@Description("Changes to your settings; a field left out stays as it is, and notifications and emails change only "
        + "the types and kinds they name. An unknown type or kind is VALIDATION_FAILED, and then nothing changed")
public class SettingsInput {

    private Boolean locked;
    private MessagePolicy messagePolicy;
    private Boolean discoverable;
    private List<NotificationPreferenceInput> notifications;
    private List<EmailPreferenceInput> emails;

    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    public MessagePolicy getMessagePolicy() {
        return messagePolicy;
    }

    public void setMessagePolicy(MessagePolicy messagePolicy) {
        this.messagePolicy = messagePolicy;
    }

    public Boolean getDiscoverable() {
        return discoverable;
    }

    public void setDiscoverable(Boolean discoverable) {
        this.discoverable = discoverable;
    }

    public List<NotificationPreferenceInput> getNotifications() {
        return notifications;
    }

    public void setNotifications(List<NotificationPreferenceInput> notifications) {
        this.notifications = notifications;
    }

    public List<EmailPreferenceInput> getEmails() {
        return emails;
    }

    public void setEmails(List<EmailPreferenceInput> emails) {
        this.emails = emails;
    }

    /**
     * The contract's update. A key named twice would leave which value wins to chance, so it is refused
     * here, field by field, before anyone is called; so is a null entry (the lists' elements are nullable in
     * the schema: SmallRye GraphQL 1.0 would make a list of non-null elements a required field).
     */
    SettingsUpdate toUpdate() {
        List<ApiError.FieldError> errors = new ArrayList<>();
        Map<String, Boolean> notificationFlags = flags("notifications", notifications,
                NotificationPreferenceInput::getType, NotificationPreferenceInput::getEnabled, errors);
        Map<String, Boolean> emailFlags = flags("emails", emails,
                EmailPreferenceInput::getKind, EmailPreferenceInput::getEnabled, errors);
        if (!errors.isEmpty()) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.", errors);
        }
        return new SettingsUpdate(locked, messagePolicy == null ? null : messagePolicy.value(), discoverable,
                notificationFlags, emailFlags);
    }

    private static <T> Map<String, Boolean> flags(String field, List<T> entries, Function<T, String> key,
                                                  Function<T, Boolean> enabled, List<ApiError.FieldError> errors) {
        if (entries == null) {
            return null;
        }
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (T entry : entries) {
            if (entry == null) {
                errors.add(new ApiError.FieldError(field, "must not hold null"));
                continue;
            }
            if (flags.put(key.apply(entry), enabled.apply(entry)) != null) {
                errors.add(new ApiError.FieldError(field, "names '" + key.apply(entry) + "' more than once"));
            }
        }
        return flags;
    }
}

package nova.user.settings;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Who may start a conversation with a user ({@code user_settings.message_policy}). */
public enum MessagePolicy {
    EVERYONE, FOLLOWERS, FOLLOWING, MUTUALS, NOBODY;

    /** The word stored in the column (and allowed by its check constraint). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessagePolicy ofCode(String code) {
        for (MessagePolicy policy : values()) {
            if (policy.code().equals(code)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("no message policy '" + code + "'");
    }

    /** Stores the policy as its lower-case word. */
    @Converter
    public static class AsText implements AttributeConverter<MessagePolicy, String> {
        @Override
        public String convertToDatabaseColumn(MessagePolicy policy) {
            return policy == null ? null : policy.code();
        }

        @Override
        public MessagePolicy convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}

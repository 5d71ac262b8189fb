package nova.user.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagePolicyTest {

    @Test
    void storedAsItsLowerCaseWord() {
        MessagePolicy.AsText column = new MessagePolicy.AsText();
        for (MessagePolicy policy : MessagePolicy.values()) {
            String code = column.convertToDatabaseColumn(policy);
            assertEquals(policy.name().toLowerCase(), code);
            assertEquals(policy, column.convertToEntityAttribute(code));
        }
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
        assertThrows(IllegalArgumentException.class, () -> column.convertToEntityAttribute("EVERYONE"));
    }

    /** The enum and the column's check constraint (and its default) must not drift apart. */
    @Test
    void theEnumMatchesTheColumnsCheckConstraint() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V1__users_profiles_settings.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("message_policy\\s+TEXT\\s+NOT NULL DEFAULT '(\\w+)'\\s+CHECK \\(message_policy IN \\(([^)]*)\\)\\)")
                .matcher(sql);
        assertTrue(check.find(), "message_policy column not found in V1");
        List<String> allowed = Arrays.stream(check.group(2).split(",")).map(s -> s.strip().replace("'", "")).toList();
        assertEquals(Arrays.stream(MessagePolicy.values()).map(MessagePolicy::code).toList(), allowed);
        assertEquals(MessagePolicy.EVERYONE, MessagePolicy.ofCode(check.group(1)));
    }
}

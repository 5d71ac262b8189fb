package nova.contracts.communication;

import java.time.Instant;

/**
 * The phone number a member gave for security notices by SMS (a text when their password is changed). Set with
 * {@code phoneNumber} in E.164 ({@code +4915112345678}); answered with only its last two digits ({@code masked},
 * e.g. {@code +•••••••••78}), never whole.
 */
public record SmsNumber(String phoneNumber, String masked, Instant updatedAt) {
}

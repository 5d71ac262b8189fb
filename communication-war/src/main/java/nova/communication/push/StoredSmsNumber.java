package nova.communication.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.communication.SmsNumber;

/** One row of {@code sms_numbers}: the phone number a member gave for security notices. Never logged or shown whole. */
@Entity
@Table(name = "sms_numbers")
public class StoredSmsNumber {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "phone_number", nullable = false)
    private String phoneNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredSmsNumber() {
    }

    static StoredSmsNumber of(UUID userId, String phoneNumber, Instant now) {
        StoredSmsNumber number = new StoredSmsNumber();
        number.userId = userId;
        number.phoneNumber = phoneNumber;
        number.createdAt = now;
        number.updatedAt = now;
        return number;
    }

    void change(String phoneNumber, Instant now) {
        this.phoneNumber = phoneNumber;
        this.updatedAt = now;
    }

    String phoneNumber() {
        return phoneNumber;
    }

    SmsNumber view() {
        return new SmsNumber(null, mask(phoneNumber), updatedAt);
    }

    /** {@code +4915112345678} → {@code +•••••••••••78}: the last two digits only. */
    static String mask(String phoneNumber) {
        return "+" + "•".repeat(phoneNumber.length() - 3) + phoneNumber.substring(phoneNumber.length() - 2);
    }

    @Override
    public String toString() {
        return "StoredSmsNumber[userId=" + userId + "]";
    }
}

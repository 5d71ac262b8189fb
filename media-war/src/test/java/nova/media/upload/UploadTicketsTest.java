package nova.media.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.media.infra.Signatures;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class UploadTicketsTest {

    static final Signatures KEY = new Signatures("test-secret");
    static final UploadTickets.Ticket TICKET = new UploadTickets.Ticket(UUID.randomUUID(), UUID.randomUUID(),
            Instant.parse("2026-12-06T12:00:00Z"), "holiday ünïcødé.jpg", "private", "a \"quoted\" description", 1234L);

    @Test
    void aTicketReadsBackAsIssued() {
        assertEquals(TICKET, UploadTickets.decode(KEY, UploadTickets.encode(KEY, TICKET)));
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        UploadTickets.Ticket bare = new UploadTickets.Ticket(UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2026-12-06T12:00:00Z"), null, "public", null, null);
        assertEquals(bare, UploadTickets.decode(KEY, UploadTickets.encode(KEY, bare)));
    }

    @Test
    void aTicketSignedWithAnotherSecretOrChangedIsRefused() {
        String token = UploadTickets.encode(KEY, TICKET);
        assertEquals(403, assertThrows(Rejection.class,
                () -> UploadTickets.decode(new Signatures("other"), token)).problem().status());
        String changed = "x" + token.substring(1);
        assertEquals(403, assertThrows(Rejection.class, () -> UploadTickets.decode(KEY, changed)).problem().status());
        assertEquals(403, assertThrows(Rejection.class, () -> UploadTickets.decode(KEY, "garbage")).problem().status());
        assertEquals(403, assertThrows(Rejection.class, () -> UploadTickets.decode(KEY, null)).problem().status());
    }

    @Test
    void aFileUrlSignatureIsNoTicketSignature() {
        String token = UploadTickets.encode(KEY, TICKET);
        String payload = token.substring(0, token.indexOf('.'));
        String forged = payload + "." + KEY.sign("file", payload);
        assertThrows(Rejection.class, () -> UploadTickets.decode(KEY, forged));
    }
}

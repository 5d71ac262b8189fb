package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final UUID ID = UUID.fromString("0b1c7a4e-5a43-4a4f-9d2e-3a51b7c1f9a0");
    static final Instant TIME = Instant.parse("2024-05-06T07:08:09.123456Z");

    static JsonObject data() {
        return Json.createObjectBuilder()
                .add("name", "Ada")
                .add("age", 36)
                .add("tags", Json.createArrayBuilder().add("a").add("b"))
                .add("nested", Json.createObjectBuilder().add("ok", true))
                .build();
    }

    static CloudEvent event() {
        return new CloudEvent(ID, "identity", "identity.user.registered", "user-42", TIME, 3, TRACEPARENT, data());
    }

    /** A valid wire envelope, changed by {@code change}. */
    static JsonObject envelope(UnaryOperator<jakarta.json.JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(event().toJsonObject())).build();
    }

    static CloudEvent parseEnvelope(UnaryOperator<jakarta.json.JsonObjectBuilder> change) {
        return CloudEvent.parse(envelope(change).toString());
    }

    // --- round trip ------------------------------------------------------------------------------

    @Test
    void toJsonThenParseGivesAnEqualRecord() {
        CloudEvent original = event();

        CloudEvent parsed = CloudEvent.parse(original.toJson());

        assertEquals(original, parsed);
    }

    @Test
    void bytesRoundTripKeepsNonAsciiText() {
        JsonObject data = Json.createObjectBuilder().add("name", "Zoë – 東京 🚀").build();
        CloudEvent original = new CloudEvent(ID, "identity", "identity.user.renamed", "user-ü", TIME, 1, null, data);

        CloudEvent parsed = CloudEvent.parse(original.toBytes());

        assertEquals(original, parsed);
        assertEquals("Zoë – 東京 🚀", parsed.data().getString("name"));
    }

    @Test
    void roundTripWithoutTraceparentKeepsItAbsent() {
        CloudEvent original = new CloudEvent(ID, "identity", "identity.user.registered", "user-42", TIME, 1, null, data());

        JsonObject json = original.toJsonObject();
        CloudEvent parsed = CloudEvent.parse(original.toJson());

        assertFalse(json.containsKey("traceparent"));
        assertNull(parsed.traceparent());
        assertEquals(original, parsed);
    }

    @Test
    void toJsonWritesTheCloudEventsAttributes() {
        JsonObject json = event().toJsonObject();

        assertEquals("1.0", json.getString("specversion"));
        assertEquals(ID.toString(), json.getString("id"));
        assertEquals("identity", json.getString("source"));
        assertEquals("identity.user.registered", json.getString("type"));
        assertEquals("user-42", json.getString("subject"));
        assertEquals(TIME, Instant.parse(json.getString("time")));
        assertEquals("application/json", json.getString("datacontenttype"));
        assertEquals(3, json.getInt("dataschemaversion"));
        assertEquals(TRACEPARENT, json.getString("traceparent"));
        assertEquals(data(), json.getJsonObject("data"));
    }

    @Test
    void ofMakesAFreshEventInANewTraceWhenNoneIsCurrent() {
        CloudEvent a = CloudEvent.of("identity", "identity.user.registered", "user-1", data());
        CloudEvent b = CloudEvent.of("identity", "identity.user.registered", "user-1", data());

        assertFalse(a.id().equals(b.id()), "every event gets its own id");
        assertEquals(1, a.dataschemaversion());
        assertTrue(TraceContext.isValid(a.traceparent()), a.traceparent());
        assertEquals(a, CloudEvent.parse(a.toBytes()));
    }

    @Test
    void ofContinuesTheCurrentTrace() {
        CloudEvent event;
        try (TraceContext.Scope scope = TraceContext.enter(TRACEPARENT)) {
            event = CloudEvent.of("identity", "identity.user.registered", "user-1", data());
        }
        assertEquals(TRACEPARENT.substring(3, 35), event.traceparent().substring(3, 35));
    }

    // --- lenient reading -------------------------------------------------------------------------

    @Test
    void unknownAttributesAreIgnored() {
        CloudEvent parsed = parseEnvelope(b -> b
                .add("comexampleextension", "value")
                .add("partitionkey", 7)
                .add("somethingnew", Json.createObjectBuilder().add("x", 1)));

        assertEquals(event(), parsed);
    }

    @Test
    void dataschemaversionDefaultsToOneWhenAbsent() {
        CloudEvent parsed = parseEnvelope(b -> b.remove("dataschemaversion"));

        assertEquals(1, parsed.dataschemaversion());
    }

    @Test
    void missingDataReadsAsAnEmptyObject() {
        CloudEvent parsed = parseEnvelope(b -> b.remove("data"));

        assertEquals(JsonValue.EMPTY_JSON_OBJECT, parsed.data());
    }

    @Test
    void missingTraceparentReadsAsNull() {
        CloudEvent parsed = parseEnvelope(b -> b.remove("traceparent"));

        assertNull(parsed.traceparent());
    }

    @Test
    void contextIsTheFirstSegmentOfTheType() {
        assertEquals("identity", event().context());
        CloudEvent social = new CloudEvent(ID, "social", "social_graph.follow_edge.created", "u", TIME, 1, null, data());
        assertEquals("social_graph", social.context());
    }

    // --- malformed input -------------------------------------------------------------------------

    @Test
    void nullBytesAreMalformed() {
        assertThrows(CloudEvent.MalformedEventException.class, () -> CloudEvent.parse((byte[]) null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{", "[1,2,3]", "\"a string\"", "42", "null", "{\"id\": }"})
    void textThatIsNotAJsonObjectIsMalformed(String text) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> CloudEvent.parse(text));
    }

    @Test
    void binaryGarbageIsMalformed() {
        byte[] garbage = {0, (byte) 0xff, (byte) 0xfe, 1, 2, 3};
        assertThrows(CloudEvent.MalformedEventException.class, () -> CloudEvent.parse(garbage));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specversion", "id", "source", "type", "subject", "time"})
    void aMissingRequiredAttributeIsMalformed(String attribute) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.remove(attribute)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"specversion", "id", "source", "type", "subject", "time"})
    void aRequiredAttributeThatIsNotAStringIsMalformed(String attribute) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add(attribute, 12)));
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.addNull(attribute)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "", "0b1c7a4e5a434a4f9d2e3a51b7c1f9a0", "zzzzzzzz-5a43-4a4f-9d2e-3a51b7c1f9a0"})
    void aBadIdIsMalformed(String id) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("id", id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3", "1", "2.0", "1.0 ", ""})
    void anotherSpecversionIsMalformed(String specversion) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("specversion", specversion)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-05-06", "2024-05-06T07:08:09", "2024-13-06T07:08:09Z", ""})
    void aBadTimeIsMalformed(String time) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("time", time)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "identity.user.registered.again", "Identity.user.registered",
            "identity.user.Registered", "identity..registered", "1identity.user.registered", "identity.user-x.registered",
            "identity.user.registered ", ""})
    void aTypeNotInContextAggregateVerbFormIsMalformed(String type) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("type", type)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankSubjectOrSourceIsMalformed(String blank) {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("subject", blank)));
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("source", blank)));
    }

    @Test
    void anInvalidDataschemaversionIsMalformed() {
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("dataschemaversion", 0)));
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("dataschemaversion", -2)));
        assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.add("dataschemaversion", 1.5)));
        assertThrows(CloudEvent.MalformedEventException.class,
                () -> parseEnvelope(b -> b.add("dataschemaversion", 10_000_000_000L)));
    }

    @Test
    void anInvalidTraceparentIsMalformed() {
        assertThrows(CloudEvent.MalformedEventException.class,
                () -> parseEnvelope(b -> b.add("traceparent", "00-nothex-00f067aa0ba902b7-01")));
    }

    @Test
    void malformedIsAnIllegalArgumentWithAPrefixedMessage() {
        var e = assertThrows(CloudEvent.MalformedEventException.class, () -> parseEnvelope(b -> b.remove("id")));
        assertTrue(e instanceof IllegalArgumentException);
        assertTrue(e.getMessage().startsWith("malformed event: "), e.getMessage());
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
    }

    @Test
    void parseOfUtf8BytesAndOfStringAgree() {
        String json = event().toJson();
        assertEquals(CloudEvent.parse(json), CloudEvent.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    // --- constructor -----------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"identity", "identity.User.registered", "a.b.c.d", "identity.user.registered!", "user.Banned",
            "user..banned", "user.banned."})
    void constructorRejectsAnInvalidType(String type) {
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent(ID, "identity", type, "user-42", TIME, 1, null, data()));
    }

    @Test
    void aTypeMayLeaveOutTheAggregateWhenItIsTheContextsOwn() {
        CloudEvent e = new CloudEvent(ID, "user", "user.deletion_scheduled", "s", TIME, 1, null, data());
        assertEquals("user", e.context());
        assertEquals(e, CloudEvent.parse(e.toJson()));
    }

    @Test
    void constructorAcceptsUnderscoresAndDigitsInTheType() {
        CloudEvent e = new CloudEvent(ID, "identity", "media2.photo_album.cover_set", "s", TIME, 1, null, data());
        assertEquals("media2", e.context());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void constructorRejectsABlankSubject(String subject) {
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent(ID, "identity", "identity.user.registered", subject, TIME, 1, null, data()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void constructorRejectsABlankSource(String source) {
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent(ID, source, "identity.user.registered", "s", TIME, 1, null, data()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"})
    void constructorRejectsAnInvalidTraceparent(String traceparent) {
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent(ID, "identity", "identity.user.registered", "s", TIME, 1, traceparent, data()));
    }

    @Test
    void constructorRejectsMissingValuesAndAZeroSchemaVersion() {
        assertThrows(NullPointerException.class,
                () -> new CloudEvent(null, "identity", "identity.user.registered", "s", TIME, 1, null, data()));
        assertThrows(NullPointerException.class,
                () -> new CloudEvent(ID, "identity", "identity.user.registered", "s", null, 1, null, data()));
        assertThrows(NullPointerException.class,
                () -> new CloudEvent(ID, "identity", "identity.user.registered", "s", TIME, 1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent(ID, "identity", "identity.user.registered", "s", TIME, 0, null, data()));
    }
}

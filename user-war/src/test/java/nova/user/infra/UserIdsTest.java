package nova.user.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdsTest {

    static final UUID A = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final UUID B = UUID.fromString("1c8d7b63-4a2f-4e3b-8d9c-8b7a6f5e4d3c");
    static final UUID C = UUID.fromString("2d9e8c74-5b3a-4f4c-9e0d-9c8b7a6f5e4d");

    static List<Problem.FieldError> errorsOf(String ids) {
        List<Problem.FieldError> errors = assertThrows(Rejection.class, () -> UserIds.parseList(ids)).errors();
        assertTrue(errors.stream().allMatch(e -> e.field().equals("ids")), errors.toString());
        return errors;
    }

    static String ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(0, i).toString()).collect(Collectors.joining(","));
    }

    @Test
    void oneIdInEitherCase() {
        assertEquals(Optional.of(A), UserIds.parse(A.toString()));
        assertEquals(Optional.of(A), UserIds.parse(A.toString().toUpperCase()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "me", "1-2-3-4-5", "0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2", "0b7c6a523f1e4d2a9c8b7a6f5e4d3c2b",
            "{0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b}", "0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2g", " 0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b"})
    void aPathSegmentThatIsNotAnIdIsNoUser(String text) {
        assertEquals(Optional.empty(), UserIds.parse(text));
    }

    @Test
    void theListKeepsTheOrderAsked() {
        assertEquals(List.of(C, A, B), UserIds.parseList(C + "," + A + "," + B));
    }

    @Test
    void spaceAroundIdsAndEmptyEntriesAreForgiven() {
        assertEquals(List.of(A, B), UserIds.parseList(" " + A + " ,, " + B + ","));
    }

    @Test
    void repeatsCollapseIntoTheFirstOccurrence() {
        assertEquals(List.of(B, A), UserIds.parseList(B + "," + A + "," + B + "," + A.toString().toUpperCase()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", ",", " , ,"})
    void anEmptyListIsRefused(String empty) {
        List<Problem.FieldError> errors = errorsOf(empty);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().startsWith("is required"), errors.get(0).message());
    }

    @Test
    void aBadIdIsNamed() {
        List<Problem.FieldError> errors = errorsOf(A + ",not-a-uuid");
        assertEquals(1, errors.size());
        assertEquals("'not-a-uuid' is not a user id (a UUID)", errors.get(0).message());
    }

    @Test
    void aLongBadEntryIsShortenedInTheAnswer() {
        String message = errorsOf("z".repeat(5000)).get(0).message();
        assertTrue(message.length() < 80, message);
    }

    @Test
    void manyBadIdsAreSummarised() {
        List<Problem.FieldError> errors = errorsOf(IntStream.range(0, 25).mapToObj(i -> "bad" + i)
                .collect(Collectors.joining(",")));
        assertEquals(11, errors.size());
        assertEquals("15 more entries are not user ids", errors.get(10).message());
    }

    @Test
    void aHundredIdsAreAllowed() {
        assertEquals(100, UserIds.parseList(ids(100)).size());
    }

    @Test
    void aHundredAndOneIdsAreRefused() {
        List<Problem.FieldError> errors = errorsOf(ids(101));
        assertEquals(1, errors.size());
        assertEquals("at most 100 ids per request, got 101", errors.get(0).message());
    }

    @Test
    void theLimitCountsDistinctIds() {
        assertEquals(100, UserIds.parseList(ids(100) + "," + new UUID(0, 0)).size());
    }

    @Test
    void badIdsAndTooManyAreReportedTogether() {
        List<Problem.FieldError> errors = errorsOf(ids(101) + ",oops");
        assertEquals(List.of("'oops' is not a user id (a UUID)", "at most 100 ids per request, got 101"),
                errors.stream().map(Problem.FieldError::message).toList());
    }
}

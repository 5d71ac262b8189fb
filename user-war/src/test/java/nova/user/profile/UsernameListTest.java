package nova.user.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class UsernameListTest {

    @Test
    void namesAreLowerCasedWithoutTheirAtAndAskedOnceInTheOrderGiven() {
        assertEquals(List.of("ada", "grace_h"), UsernameList.parse(" @Ada, grace_H ,,ADA"));
    }

    @Test
    void noNameIsInvalidInput() {
        Rejection rejection = assertThrows(Rejection.class, () -> UsernameList.parse(" , @"));
        assertEquals(400, rejection.problem().status());
    }

    @Test
    void moreThanAHundredNamesIsInvalidInput() {
        String names = IntStream.range(0, 101).mapToObj(i -> "u" + i).collect(Collectors.joining(","));
        assertThrows(Rejection.class, () -> UsernameList.parse(names));
    }
}

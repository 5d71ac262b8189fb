package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Relay cursors over a context's per-page cursors, against a list that pages like a context: keyset, its cursor
 * the last item's number, opaque to the gateway, and it records every call it answers.
 */
class PagingTest {

    record Page(List<Integer> items, String nextCursor) {
    }

    /** Items 0..size-1, newest first does not matter here: a page is the items after the cursor's one. */
    static final class Context {
        final int size;
        final List<String> calls = new ArrayList<>();

        Context(int size) {
            this.size = size;
        }

        Page page(String after, Integer first) {
            calls.add(after + "/" + first);
            int limit = first == null ? 20 : first;
            if (limit < 1 || limit > 100) {
                throw new ApiError(ApiError.Code.VALIDATION_FAILED, "first");
            }
            int from = after == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(after),
                    StandardCharsets.US_ASCII)) + 1;
            List<Integer> items = IntStream.range(from, Math.min(size, from + limit)).boxed().toList();
            boolean more = from + limit < size;
            return new Page(items, more ? cursorOf(items.get(items.size() - 1)) : null);
        }

        static String cursorOf(int item) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(item).getBytes());
        }
    }

    private static Paging.Paged<Page> fetch(Context context, Integer first, String after) {
        return Paging.fetch(first, after, context::page, Page::items, Page::nextCursor, Page::new);
    }

    private static List<String> cursors(Paging.Paged<Page> paged) {
        return paged.window().cursors(paged.page().items().size(), paged.page().nextCursor());
    }

    @Test
    void theContextsOwnCursorsPassUnchangedAndTheLastEdgeIsTheContextsNextCursor() {
        Context context = new Context(50);
        Paging.Paged<Page> first = fetch(context, 5, null);
        assertEquals(List.of(0, 1, 2, 3, 4), first.page().items());
        List<String> cursors = cursors(first);
        assertEquals(5, cursors.size());
        assertEquals(first.page().nextCursor(), cursors.get(4), "after: endCursor pages exactly as before");
        Paging.Paged<Page> second = fetch(context, 5, cursors.get(4));
        assertEquals(List.of(5, 6, 7, 8, 9), second.page().items());
        assertEquals(List.of("null/5", Context.cursorOf(4) + "/5"), context.calls, "asked as the client asked");
    }

    @Test
    void aMiddleEdgesCursorGivesTheItemsRightAfterIt() {
        Context context = new Context(50);
        Paging.Paged<Page> second = fetch(context, 5, Context.cursorOf(4)); // items 5..9
        String third = cursors(second).get(2); // after item 7
        assertTrue(third.startsWith("~p1."), third);
        context.calls.clear();
        Paging.Paged<Page> next = fetch(context, 4, third);
        assertEquals(List.of(8, 9, 10, 11), next.page().items());
        assertEquals(List.of(Context.cursorOf(4) + "/7"), context.calls, "the page's own after, first + index + 1");
        assertEquals(Context.cursorOf(11), next.page().nextCursor(), "endCursor is the context's own again");
        assertEquals(next.page().nextCursor(), cursors(next).get(3));
    }

    @Test
    void tokensFromAResumedPageResumeToo() {
        Context context = new Context(50);
        Paging.Paged<Page> resumed = fetch(context, 6, cursors(fetch(context, 5, null)).get(1)); // after item 1
        assertEquals(List.of(2, 3, 4, 5, 6, 7), resumed.page().items());
        Paging.Paged<Page> again = fetch(context, 3, cursors(resumed).get(3)); // after item 5
        assertEquals(List.of(6, 7, 8), again.page().items());
        Paging.Paged<Page> andAgain = fetch(context, 2, cursors(again).get(0)); // after item 6
        assertEquals(List.of(7, 8), andAgain.page().items());
    }

    @Test
    void onTheLastPageEveryEdgeHasATokenAndTheLastOnesIsAnEmptyLastPage() {
        Context context = new Context(3);
        Paging.Paged<Page> all = fetch(context, null, null);
        List<String> cursors = cursors(all);
        assertNull(all.page().nextCursor());
        assertEquals(3, cursors.size());
        assertTrue(cursors.stream().allMatch(c -> c.startsWith("~p1.")), "a non-null cursor on every edge");
        Paging.Paged<Page> after = fetch(context, null, cursors.get(2));
        assertEquals(List.of(), after.page().items());
        assertNull(after.page().nextCursor());
        assertEquals(List.of(2), fetch(context, null, cursors.get(1)).page().items());
    }

    @Test
    void theAskedSizeIsCappedAtTheLargestPageAndTheEndCursorStillResumes() {
        Context context = new Context(300);
        Paging.Paged<Page> big = fetch(context, 100, null);
        String token = cursors(big).get(49); // after item 49
        context.calls.clear();
        Paging.Paged<Page> capped = fetch(context, 100, token);
        assertEquals(List.of("null/100"), context.calls);
        assertEquals(IntStream.range(50, 100).boxed().toList(), capped.page().items());
        assertEquals(IntStream.range(100, 200).boxed().toList(),
                fetch(context, 100, capped.page().nextCursor()).page().items(), "nothing skipped");
    }

    @Test
    void nodesLeavingItemsOutPointAtTheirOwnItems() {
        Context context = new Context(50);
        Paging.Paged<Page> page = fetch(context, 6, null); // 0..5
        List<String> keys = page.page().items().stream().map(String::valueOf).toList();
        List<String> cursors = Paging.cursors(page.window(), keys, List.of("0", "2", "3"), page.page().nextCursor());
        assertEquals(page.page().nextCursor(), cursors.get(2), "the last node's is still the context's next cursor");
        assertEquals(List.of(3, 4), fetch(context, 2, cursors.get(1)).page().items());
        assertEquals(List.of(1), fetch(context, 1, cursors.get(0)).page().items());
    }

    @Test
    void aMalformedTokenIsValidationFailedOnAfterWithoutCallingTheContext() {
        Context context = new Context(50);
        String good = cursors(fetch(context, 5, null)).get(1);
        context.calls.clear();
        for (String bad : List.of("~p1.%%%", "~p1.", "~p2." + good.substring(4), "~p1." + b64("x:abc"),
                "~p1." + b64("-1"), "~p1." + b64("100"), "~p1." + b64("3:" + good), "~pz")) {
            ApiError error = assertThrows(ApiError.class, () -> fetch(context, 5, bad), bad);
            assertEquals(ApiError.Code.VALIDATION_FAILED, error.code(), bad);
            assertEquals("after", error.fieldErrors().get(0).field());
        }
        assertEquals(List.of(), context.calls);
    }

    @Test
    void aFirstOutOfBoundsWithATokenReachesTheContextWhichRefusesIt() {
        Context context = new Context(50);
        String token = cursors(fetch(context, 5, null)).get(1);
        assertThrows(ApiError.class, () -> fetch(context, 500, token));
        assertEquals("null/500", context.calls.get(context.calls.size() - 1));
    }

    @Test
    void anEmptyPageHasNoCursors() {
        Context context = new Context(0);
        Paging.Paged<Page> empty = fetch(context, 5, null);
        assertEquals(List.of(), cursors(empty));
        assertFalse(empty.window().cursors(0, null).iterator().hasNext());
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}

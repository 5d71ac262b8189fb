package nova.content.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class ThreadOrderTest {

    final Instant t0 = Instant.parse("2026-12-06T12:00:00Z");
    final UUID target = UUID.randomUUID();

    Comment comment(Comment parent, String text, int seconds) {
        return Comment.write(UUID.randomUUID(), UUID.randomUUID(), "post", target, UUID.randomUUID(), parent, text,
                t0.plusSeconds(seconds));
    }

    @Test
    void sortingPathsPutsEachCommentAfterItsParentAndBeforeItsParentsNextSibling() {
        Comment first = comment(null, "first", 0);
        Comment second = comment(null, "second", 1);
        Comment replyToFirst = comment(first, "reply to first", 2);
        Comment replyToReply = comment(replyToFirst, "reply to reply", 3);
        Comment laterReplyToFirst = comment(first, "later reply to first", 4);
        List<Comment> all = new ArrayList<>(List.of(second, laterReplyToFirst, replyToReply, first, replyToFirst));

        all.sort((a, b) -> a.path().compareTo(b.path()));

        assertEquals(List.of("first", "reply to first", "reply to reply", "later reply to first", "second"),
                all.stream().map(c -> c.view().text()).toList());
        assertEquals(2, replyToReply.depth());
    }

    @Test
    void aCursorIsThePathItNamesAndNothingElse() {
        Comment reply = comment(comment(null, "a", 0), "b", 1);
        assertEquals(reply.path(), ThreadOrder.after(ThreadOrder.cursor(reply.path())));
        assertNull(ThreadOrder.after(null));
        assertThrows(Rejection.class, () -> ThreadOrder.after("bm90IGEgcGF0aA"));
        assertThrows(Rejection.class, () -> ThreadOrder.after("%%%"));
    }

    @Test
    void aDeletedCommentIsATombstoneWithoutAuthorOrText() {
        Comment comment = comment(null, "gone soon", 0);
        comment.delete(t0.plusSeconds(10));
        nova.contracts.content.Comment view = comment.view();
        assertEquals("deleted", view.state());
        assertNull(view.authorId());
        assertEquals("", view.text());
    }
}

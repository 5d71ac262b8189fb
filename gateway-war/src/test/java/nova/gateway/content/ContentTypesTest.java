package nova.gateway.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nova.contracts.content.ArticleDraft;
import nova.contracts.content.CommentDraft;
import nova.contracts.content.PostEdit;
import nova.gateway.infra.ApiError;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    private static final Instant AT = Instant.parse("2026-12-06T12:00:00.123456Z");

    @Test
    void everyValueOfTheContractHasItsEnum() {
        for (String visibility : List.of("public", "unlisted", "followers", "direct")) {
            assertEquals(visibility, PostVisibility.of(visibility).wire());
        }
        for (String state : List.of("visible", "deleted", "hidden", "removed")) {
            assertEquals(state, ContentState.of(state).name().toLowerCase(Locale.ROOT));
        }
        assertEquals(ArticleStatus.PUBLISHED, ArticleStatus.of("published"));
        assertEquals("article", CommentTarget.ARTICLE.wire());
        assertEquals(CommentTarget.POST, CommentTarget.of("post"));
    }

    @Test
    void aTombstoneKeepsItsPlaceAndLosesItsContent() {
        UUID id = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        Post tombstone = new Post(new nova.contracts.content.Post(id, author, "", "public", null, false, null, null, null,
                null, parent, null, parent, 2, "deleted", AT, null),
                new nova.gateway.infra.Requester("Bearer t", new nova.gateway.infra.ThrownErrors()));

        assertEquals(ContentState.DELETED, tombstone.getState());
        assertEquals(id.toString(), tombstone.getId());
        assertEquals(id, tombstone.postId());
        assertEquals(author, tombstone.authorId());
        assertEquals(parent.toString(), tombstone.getReplyToId());
        assertEquals(List.of(), tombstone.getMediaIds());
        assertEquals(List.of(), tombstone.getHashtags());
        assertNull(tombstone.getQuoteOfId());
        assertNull(tombstone.getEditedAt());
        assertEquals("2026-12-06T12:00:00.123456Z", tombstone.getCreatedAt().toString());
    }

    @Test
    void aCommentTombstoneHasNoAuthor() {
        Comment comment = new Comment(new nova.contracts.content.Comment(UUID.randomUUID(), "article", UUID.randomUUID(),
                null, null, "", 0, "deleted", AT, null),
                new nova.gateway.infra.Requester("Bearer t", new nova.gateway.infra.ThrownErrors()));

        assertNull(comment.getAuthorId());
        assertNull(comment.authorId());
        assertEquals(CommentTarget.ARTICLE, comment.getTargetType());
        assertEquals(ContentState.DELETED, comment.getState());
    }

    @Test
    void editsLeaveOutWhatIsUnchanged() {
        PostEditInput edit = new PostEditInput();
        edit.setText("fixed");
        assertEquals(new PostEdit("fixed", null, null, null, null), edit.toEdit());
        edit.setMediaIds(List.of());
        assertEquals(List.of(), edit.toEdit().mediaIds(), "[] removes every attachment");
    }

    @Test
    void articleAndCommentInputsBecomeTheContractsDrafts() {
        UUID cover = UUID.randomUUID();
        ArticleInput article = new ArticleInput();
        article.setTitle("Hello");
        article.setBody("# Hi");
        article.setCoverMediaId(cover.toString());
        assertEquals(new ArticleDraft("Hello", "# Hi", cover, null), article.toDraft());
        article.setCoverMediaId("cover.jpg");
        assertEquals("coverMediaId", assertThrows(ApiError.class, article::toDraft).fieldErrors().get(0).field());

        UUID post = UUID.randomUUID();
        CommentInput comment = new CommentInput();
        comment.setTargetType(CommentTarget.POST);
        comment.setTargetId(post.toString());
        comment.setText("nice");
        assertEquals(new CommentDraft("post", post, null, "nice"), comment.toDraft());
    }
}

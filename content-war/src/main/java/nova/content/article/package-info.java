/**
 * Articles: long Markdown texts written as drafts and then published.
 * {@link nova.content.article.ArticleResource} → {@link nova.content.article.ArticleService} →
 * {@link nova.content.article.Article}, stored by {@link nova.content.article.ArticleRepository}. The Markdown is
 * rendered once, when written, by {@link nova.content.article.MarkdownRendering} (CommonMark, then an allow-list
 * sanitiser); the slug comes from the title ({@link nova.content.article.Slugs}) and is fixed at publication.
 */
package nova.content.article;

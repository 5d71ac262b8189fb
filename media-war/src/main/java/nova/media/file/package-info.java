/** Media files as members see them: reads (one, mine, several, attachments for content) and deletion. */
package nova.media.file;

/**
 * Edit history ({@code content_versions}): every version of every post, article and comment, numbered from 1 (as
 * created); the highest is the current one. Written by the services in the transaction of the change.
 */
package nova.content.version;

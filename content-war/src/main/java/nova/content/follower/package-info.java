/**
 * Who follows whom, as content knows it: a projection of social's {@code social.follow.created} and
 * {@code social.follow.removed}. Content may not call social (only social calls content), yet it must decide on
 * every read whether a followers-only post may be shown; it keeps this table to answer that without a call.
 */
package nova.content.follower;

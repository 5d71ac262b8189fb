/** Likes and shares of posts: idempotent, with exact counters, who liked, and a batch of counts for the gateway. */
package nova.social.engagement;

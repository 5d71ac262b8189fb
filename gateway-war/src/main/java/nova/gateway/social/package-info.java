/**
 * Social (issue 17) over GraphQL: follows and follow requests, blocks, mutes, relationships, follower and following
 * lists, likes and shares, the home feed, and the social fields of content's {@code Post} ({@code likeCount},
 * {@code shareCount}, {@code likedByMe}, {@code sharedByMe}) and of {@code Profile} ({@code followerCount},
 * {@code followingCount}, {@code relationship}) — answered by the social context through {@link SocialClient}, one
 * call per page or batch: lists of people are hydrated with one user call, the feed with one content call, and the
 * batch fields cost one social call per request however many posts or profiles ask.
 */
package nova.gateway.social;

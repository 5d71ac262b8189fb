/**
 * Members as social knows them ({@code accounts}): locked or not, follower and following counts, feed activity;
 * kept from the user context's events by {@link nova.social.member.MemberIntake}.
 */
package nova.social.member;

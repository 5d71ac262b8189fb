/**
 * What communication knows of members, kept from their events so it never calls back: names (notification texts),
 * identity's address (mail), message policy, notification and email switches ({@link nova.communication.member.Member},
 * from nova.identity and nova.user), and the part of social's graph messaging and notifications need
 * ({@link nova.communication.member.SocialGraph}: follows, blocks, mutes, from nova.social).
 */
package nova.communication.member;

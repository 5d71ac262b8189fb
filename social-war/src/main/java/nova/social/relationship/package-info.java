/**
 * Relationships between members ({@code relationships}): follows, follow requests to locked accounts, blocks and
 * mutes; the lists and counts members read.
 */
package nova.social.relationship;

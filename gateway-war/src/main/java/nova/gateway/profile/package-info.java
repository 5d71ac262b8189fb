/** Profiles over GraphQL: the {@code me} query, answered by the user context with the caller's own token. */
package nova.gateway.profile;

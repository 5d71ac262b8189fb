/**
 * Accounts and sessions over GraphQL, answered by identity: register, login, refresh; the caller's own
 * sessions (query sessions; revokeSession, revokeOtherSessions, logout).
 */
package nova.gateway.account;

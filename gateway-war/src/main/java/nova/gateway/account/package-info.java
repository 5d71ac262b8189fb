/**
 * Accounts, sessions and credentials over GraphQL, answered by identity: register, login, refresh; the caller's
 * own sessions (query sessions; revokeSession, revokeOtherSessions, logout); changePassword,
 * requestPasswordReset, resetPassword, requestEmailVerification, verifyEmail.
 */
package nova.gateway.account;

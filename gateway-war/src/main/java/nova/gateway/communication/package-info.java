/**
 * Conversations, messages, notifications and push tokens, answered by the communication context with the caller's
 * own token ({@link nova.gateway.communication.CommunicationClient}, the one decorated client of that context).
 */
package nova.gateway.communication;

/**
 * The communication context's public language: its REST API ({@link nova.contracts.communication.CommunicationApi},
 * conversations, messages, notifications) and the payloads of the events it publishes on {@code nova.communication}.
 */
package nova.contracts.communication;

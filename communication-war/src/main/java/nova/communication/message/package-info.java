/**
 * Conversations (direct and groups), their messages and how far each got with each recipient
 * ({@code message_status}: sent, delivered, read). Nobody reads or writes a conversation they are not in (404); the
 * recipient's message policy and blocks (kept from user and social events, {@link nova.communication.member}) are
 * asked before a direct conversation starts and before each message in one. A refused call changes nothing.
 */
package nova.communication.message;

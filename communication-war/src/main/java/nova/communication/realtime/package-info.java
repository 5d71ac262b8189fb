/**
 * Real-time delivery: a Jakarta WebSocket endpoint ({@code /realtime}) that pushes new messages, read receipts
 * and notifications to every open connection of their recipient. A connection proves who it is with identity's
 * access token in its first frame; it is closed when that token's session is revoked or the token expires. Each
 * replica reads {@code nova.communication} in a consumer group of its own and pushes to its own connections, so
 * an event reaches the recipient whichever replica holds the connection. A reconnecting client names the last
 * frame it saw and gets what it missed from the database ({@link nova.communication.realtime.CatchUp}).
 */
package nova.communication.realtime;

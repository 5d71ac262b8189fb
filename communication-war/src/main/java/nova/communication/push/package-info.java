/**
 * Delivery off the app: push tokens (a member's Web Push subscriptions, registered and removed over REST), the SMS
 * queue, and the providers both go through ({@link nova.communication.push.DeliveryProvider}): Web Push with VAPID
 * (RFC 8292) and aes128gcm payload encryption (RFC 8291, 8188) over RFC 8030, and, for local runs, an SMS provider
 * that only logs ({@link nova.communication.push.LoggingSmsProvider}).
 */
package nova.communication.push;

/** communication's part in the events context's sagas: erase a member's messages, tokens and notifications. */
package nova.communication.erasure;

/** social's part in the events context's sagas: erase a member's relationships, likes, shares and feed entries. */
package nova.social.erasure;

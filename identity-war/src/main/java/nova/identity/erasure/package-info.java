/** identity's part in the events context's sagas: erase an account, end a banned member's sessions. */
package nova.identity.erasure;

/** content's part in the events context's sagas: erase a member's posts, articles and comments; hide and show them for a ban. */
package nova.content.erasure;

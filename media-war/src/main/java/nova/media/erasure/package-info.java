/** media's part in the events context's sagas: delete every stored file of an erased member. */
package nova.media.erasure;

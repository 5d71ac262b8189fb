/** search's part in the events context's sagas: drop an erased member's documents, leave a banned one out. */
package nova.search.erasure;

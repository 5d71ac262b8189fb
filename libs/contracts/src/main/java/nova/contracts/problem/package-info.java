/** How every context answers an error (RFC 9457), as a client reads it. */
package nova.contracts.problem;

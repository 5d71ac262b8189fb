/**
 * The identity context's public language: its REST API for the gateway ({@link nova.contracts.identity.IdentityApi})
 * and the payloads of the events it publishes on {@code nova.identity}.
 */
package nova.contracts.identity;

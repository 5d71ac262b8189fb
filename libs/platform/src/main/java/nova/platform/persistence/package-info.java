/**
 * A context's own database: migrating its schema at start-up and telling readiness whether it can
 * be reached. Active only on servers whose configuration names a datasource ({@code nova.datasource},
 * set by liberty-config's nova-context.xml); the gateway has none.
 */
package nova.platform.persistence;

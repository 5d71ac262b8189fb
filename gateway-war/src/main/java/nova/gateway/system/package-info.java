/** The {@code system} query: is every Nova server ready, as the gateway sees it. */
package nova.gateway.system;

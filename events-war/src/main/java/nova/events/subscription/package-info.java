/** The subscription registry: which consumer group reads which topic, and its lag, as the broker reports it. */
package nova.events.subscription;

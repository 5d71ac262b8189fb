/**
 * What every published event is ({@link nova.contracts.event.DomainEvent}) and how its payload is
 * written and read ({@link nova.contracts.event.EventJson}, JSON-B), once for producers and consumers.
 */
package nova.contracts.event;

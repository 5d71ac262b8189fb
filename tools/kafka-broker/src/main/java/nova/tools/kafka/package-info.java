/** Setting up the local Kafka broker's topics (ARCHITECTURE §5). */
package nova.tools.kafka;

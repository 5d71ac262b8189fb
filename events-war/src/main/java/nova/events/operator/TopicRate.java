package nova.events.operator;

/** How many events a context's topic carried in the overview's window, and per minute. */
public record TopicRate(String topic, String producer, long events, double perMinute) {
}

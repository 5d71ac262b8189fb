package nova.events.operator;

/**
 * One edge of the picture: events of {@code topic}, published by {@code from}, read by consumer group {@code group}
 * of context {@code to}; {@code perMinute} the topic's rate over the overview's window, {@code lag} how far the
 * group is behind the topic's end.
 */
public record Flow(String from, String to, String topic, String group, double perMinute, long lag, String state) {
}

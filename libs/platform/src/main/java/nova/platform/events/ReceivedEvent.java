package nova.platform.events;

/** An event as a consumer receives it: the envelope and where it was read from. */
public record ReceivedEvent(String topic, int partition, long offset, String key, CloudEvent event) {
}

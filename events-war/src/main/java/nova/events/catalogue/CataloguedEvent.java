package nova.events.catalogue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One event type in the catalogue.
 *
 * @param declared      whether a contracts record declares it ({@code record} names it); false for a type seen in
 *                      the log that no record declares
 * @param schemaVersion the {@code dataschemaversion} the platform's outbox writes for it
 * @param consumers     the consumer groups reading its topic, as the broker last reported them
 * @param example       a whole CloudEvent as it travels: made from the record, or the last one logged
 * @param seenLastDay   how many the log holds from the last 24 hours
 * @param lastSeen      the newest in the log (null when none)
 */
public record CataloguedEvent(String type, String producer, String topic, String aggregate, String record,
                              boolean declared, int schemaVersion, List<String> consumers, JsonObject example,
                              long seenLastDay, Instant lastSeen) {
}

package nova.events.log;

import java.util.List;

/** A page of the log and where the next one starts (null: this is the last). */
public record LogPage(List<LoggedEvent> events, LogCursor next) {
}

package nova.events.log;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nova.events.infra.JsonText;
import nova.platform.persistence.ContextDatabase;

/** Reads the event log by type, subject and time window, oldest first. */
@ApplicationScoped
public class EventLogQuery {

    @Inject
    ContextDatabase database;

    public List<LoggedEvent> find(String type, String subject, Instant from, Instant to, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT envelope::text, topic, partition, "offset", received_at FROM domain_events WHERE time >= ? AND time < ?""");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        if (type != null) {
            sql.append(" AND type = ?");
            args.add(type);
        }
        if (subject != null) {
            sql.append(" AND subject = ?");
            args.add(subject);
        }
        sql.append(" ORDER BY time, event_id LIMIT ?");
        args.add(limit);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                query.setObject(i + 1, args.get(i));
            }
            List<LoggedEvent> events = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(new LoggedEvent(JsonText.object(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return events;
        }
    }

}

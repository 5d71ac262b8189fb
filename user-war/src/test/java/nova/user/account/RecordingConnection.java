package nova.user.account;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A JDBC connection that records the statements prepared on it and the values bound, and runs nothing. */
final class RecordingConnection {

    /** One prepared statement: its SQL, its parameters by index, how often it was executed. */
    static final class Statement {
        final String sql;
        final Map<Integer, Object> parameters = new TreeMap<>();
        int executions;
        boolean closed;

        Statement(String sql) {
            this.sql = sql;
        }

        List<Object> values() {
            return new ArrayList<>(parameters.values());
        }
    }

    final List<Statement> statements = new ArrayList<>();

    Connection connection() {
        return proxy(Connection.class, (self, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> {
                Statement statement = new Statement((String) args[0]);
                statements.add(statement);
                yield proxy(PreparedStatement.class, statementHandler(statement));
            }
            case "close" -> null;
            default -> throw new UnsupportedOperationException("Connection." + method.getName());
        });
    }

    private static InvocationHandler statementHandler(Statement statement) {
        return (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                statement.parameters.put(index, name.equals("setNull") ? null : args[1]);
                return null;
            }
            return switch (name) {
                case "executeUpdate" -> {
                    statement.executions++;
                    yield 1;
                }
                case "close" -> {
                    statement.closed = true;
                    yield null;
                }
                default -> throw new UnsupportedOperationException("PreparedStatement." + name);
            };
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RecordingConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}

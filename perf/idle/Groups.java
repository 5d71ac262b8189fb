import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;

/** perf/idle: each consumer group whose id starts with args[1]: its protocol (CLASSIC or CONSUMER), state and members. */
public class Groups {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", args[0]);
        try (Admin admin = Admin.create(p)) {
            var ids = admin.listGroups().all().get().stream().map(GroupListing::groupId)
                    .filter(id -> id.startsWith(args[1])).sorted().collect(Collectors.toList());
            for (ConsumerGroupDescription d : admin.describeConsumerGroups(ids).all().get().values()) {
                System.out.println(d.groupId() + " " + d.type() + " " + d.groupState() + " members=" + d.members().size());
            }
        }
    }
}

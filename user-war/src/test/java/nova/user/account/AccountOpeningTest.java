package nova.user.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.user.ProfileCreated;
import nova.platform.events.CloudEvent;
import nova.platform.events.Outbox;
import nova.user.profile.Profile;
import nova.user.profile.User;
import nova.user.role.RoleService;
import nova.user.settings.Settings;
import org.junit.jupiter.api.Test;

/** A registration becomes one account here, with its event; applied again, it changes and publishes nothing. */
class AccountOpeningTest {

    static final UUID ID = UUID.fromString("0b7c6a52-3f1e-4d2a-9c8b-7a6f5e4d3c2b");
    static final Instant REGISTERED = Instant.parse("2026-11-20T08:00:00.123456Z");
    static final NewAccount ADA = new NewAccount(ID, "Ada_L", "Ada_L", REGISTERED);

    final List<String> steps = new ArrayList<>();
    final List<Object> persisted = new ArrayList<>();
    final List<CloudEvent> published = new ArrayList<>();
    final AccountOpening opening = new AccountOpening();
    Object existing;

    AccountOpeningTest() {
        opening.entityManager = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (self, method, args) -> switch (method.getName()) {
                    case "find" -> {
                        steps.add("find " + ((Class<?>) args[0]).getSimpleName());
                        yield existing;
                    }
                    case "persist" -> {
                        steps.add("persist " + args[0].getClass().getSimpleName());
                        persisted.add(args[0]);
                        yield null;
                    }
                    case "flush" -> {
                        steps.add("flush");
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException("EntityManager." + method.getName());
                });
        opening.roles = new RoleService() {
            @Override
            public void grantAtRegistration(UUID userId, Instant registeredAt) {
                steps.add("grant user to " + userId + " at " + registeredAt);
            }
        };
        opening.outbox = new Outbox() {
            @Override
            public CloudEvent publish(String aggregateType, String aggregateId, String type, JsonObject data) {
                steps.add("publish " + type);
                CloudEvent event = CloudEvent.of("user", type, aggregateId, data);
                published.add(event);
                return event;
            }
        };
    }

    @Test
    void aNewAccountGetsUserProfileSettingsAndTheRoleUserThenItsProfileIsPublished() {
        Optional<ProfileCreated> created = opening.open(ADA);

        assertEquals(List.of("find User", "persist User", "persist Profile", "persist Settings",
                "grant user to " + ID + " at " + REGISTERED, "flush", "publish user.profile.created"), steps);
        User user = assertInstanceOf(User.class, persisted.get(0));
        assertEquals(ID, user.id());
        assertEquals("Ada_L", user.username());
        assertEquals("active", user.status());
        assertEquals(REGISTERED, user.createdAt());
        Profile profile = assertInstanceOf(Profile.class, persisted.get(1));
        assertEquals("Ada_L", profile.displayName());
        assertNull(profile.bio());
        assertEquals("[]", profile.linksJson());
        Settings settings = assertInstanceOf(Settings.class, persisted.get(2));
        assertEquals(new Settings(ID, REGISTERED).view(), settings.view(), "every default");

        ProfileCreated expected = new ProfileCreated(ID, "Ada_L", "Ada_L", null, true,
                Map.of("notifications", true, "digest", false, "product_news", false), REGISTERED);
        assertEquals(Optional.of(expected), created);
        CloudEvent event = published.get(0);
        assertEquals(ID.toString(), event.subject());
        assertEquals(expected, EventJson.fromJson(event.data(), ProfileCreated.class));
    }

    @Test
    void anAccountAlreadyHereIsLeftAsItIsAndNothingIsPublishedAgain() {
        existing = new User(ID, "Ada_L", REGISTERED);

        assertEquals(Optional.empty(), opening.open(ADA));

        assertEquals(List.of("find User"), steps);
        assertEquals(List.of(), published);
    }
}

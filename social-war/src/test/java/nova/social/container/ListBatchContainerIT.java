package nova.social.container;

import static nova.social.container.SocialFixture.get;
import static nova.social.container.SocialFixture.member;
import static nova.social.container.SocialFixture.members;
import static nova.social.container.SocialFixture.post;
import static nova.social.container.SocialFixture.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch reads behind the gateway's {@code Profile.followers} and {@code Profile.following} (issue 21):
 * {@code GET /users/followers?ids=&limit=} and {@code /users/following?…} answer, for each member, exactly the first
 * page the single paths answer the same caller — a pending request to a locked account is no follow, members on
 * either side of a block with the caller are left out of every page, and a member the caller blocks or is blocked by
 * (404 on the single path) has no entry; bad input is problem+json.
 */
@InContainer
class ListBatchContainerIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void start() throws Exception {
        SocialFixture.start();
    }

    static JsonArray array(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json("{\"a\":" + answer.body() + "}").getJsonArray("a");
    }

    static Map<String, JsonObject> byMember(HttpResponse<String> answer) {
        return array(answer).stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(e -> e.getString("userId"),
                e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    static List<String> users(JsonObject page) {
        return page.getJsonArray("items").stream().map(a -> a.asJsonObject().getString("userId")).toList();
    }

    static void ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void eachMembersFirstPageIsTheOneTheSinglePathAnswersTheSameCaller() {
        List<UUID> m = members(7);
        UUID ada = m.get(0);
        UUID bob = m.get(1);
        UUID cy = m.get(2);
        UUID viewer = m.get(3);
        UUID locked = m.get(4);
        UUID blocked = m.get(5);
        UUID quiet = m.get(6);
        SocialFixture.locked(locked, true);
        ok(put(bob, "/relationships/" + ada + "/follow"));
        ok(put(cy, "/relationships/" + ada + "/follow"));
        ok(put(blocked, "/relationships/" + ada + "/follow"));
        ok(put(viewer, "/relationships/" + ada + "/follow"));
        ok(put(ada, "/relationships/" + bob + "/follow"));
        ok(put(ada, "/relationships/" + cy + "/follow"));
        ok(put(ada, "/relationships/" + locked + "/follow"));   // a request, not a follow
        ok(put(bob, "/relationships/" + locked + "/follow"));
        ok(post(locked, "/relationships/" + bob + "/request/approve"));
        ok(put(blocked, "/relationships/" + bob + "/follow"));
        ok(put(viewer, "/relationships/" + blocked + "/block"));

        String ids = ada + "," + bob + "," + locked + "," + blocked + "," + quiet;
        for (String list : List.of("followers", "following")) {
            for (UUID reader : List.of(viewer, ada, blocked)) {
                Map<String, JsonObject> pages = byMember(get(reader, "/users/" + list + "?ids=" + ids + "&limit=2"));
                for (UUID member : List.of(ada, bob, locked, blocked, quiet)) {
                    HttpResponse<String> single = get(reader, "/users/" + member + "/" + list + "?limit=2");
                    if (single.statusCode() == 404) {
                        assertTrue(!pages.containsKey(member.toString()), list + " of a blocked member: no entry");
                        continue;
                    }
                    JsonObject one = Http.json(single);
                    JsonObject batched = pages.get(member.toString());
                    assertEquals(users(one), users(batched), list + " of " + member + " seen by " + reader);
                    assertEquals(one.get("nextCursor"), batched.get("nextCursor"), list + " of " + member);
                }
            }
        }

        Map<String, JsonObject> followers = byMember(get(viewer, "/users/followers?ids=" + ids + "&limit=2"));
        assertEquals(List.of(ada.toString(), bob.toString(), locked.toString(), quiet.toString()),
                List.copyOf(followers.keySet()), "in the order asked; the member the viewer blocks has no entry");
        assertEquals(List.of(viewer.toString(), cy.toString()), users(followers.get(ada.toString())),
                "newest first, the blocked member left out");
        // the next page continues on the single path
        JsonObject rest = Http.json(get(viewer, "/users/" + ada + "/followers?limit=2&after="
                + followers.get(ada.toString()).getString("nextCursor")));
        assertEquals(List.of(bob.toString()), users(rest));
        assertEquals(List.of(bob.toString()), users(followers.get(locked.toString())), "the approved request only");
        assertEquals(List.of(), users(followers.get(quiet.toString())));
        Map<String, JsonObject> following = byMember(get(viewer, "/users/following?ids=" + ada + "&limit=5"));
        assertEquals(List.of(cy.toString(), bob.toString()), users(following.get(ada.toString())),
                "a pending request to a locked account is no follow");
    }

    @Test
    void badInputIsAProblem() {
        UUID ada = member();
        String tooMany = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).collect(Collectors.joining(","));
        for (String list : List.of("followers", "following")) {
            HttpResponse<String> many = get(ada, "/users/" + list + "?ids=" + tooMany);
            assertEquals(400, many.statusCode(), many.body());
            assertEquals("invalid-input", Http.problem(many));
            assertEquals(400, get(ada, "/users/" + list + "?ids=nope").statusCode());
            assertEquals(400, get(ada, "/users/" + list).statusCode());
            assertEquals(400, get(ada, "/users/" + list + "?ids=" + ada + "&limit=0").statusCode());
            assertEquals(400, get(ada, "/users/" + list + "?ids=" + ada + "&limit=101").statusCode());
            assertEquals(401, Http.to(SocialFixture.BASE).get("/users/" + list + "?ids=" + ada).statusCode());
        }
    }
}

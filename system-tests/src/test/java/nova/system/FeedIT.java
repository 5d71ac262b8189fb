package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.SocialSystem.FOLLOW;
import static nova.system.SocialSystem.MUTE;
import static nova.system.SocialSystem.SHARE;
import static nova.system.SocialSystem.awaitFeed;
import static nova.system.SocialSystem.engage;
import static nova.system.SocialSystem.feedPage;
import static nova.system.SocialSystem.ids;
import static nova.system.SocialSystem.post;
import static nova.system.SocialSystem.rawFeed;
import static nova.system.SocialSystem.relate;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.content.Post;
import org.junit.jupiter.api.Test;

/**
 * The home feed end to end: a post written at content reaches its author's followers' feeds through
 * {@code content.post.created} and social's fan-out, as the gateway's {@code feed} shows it; visibility, shares,
 * mutes and deletes are honoured, and pages stay stable while new posts arrive ({@link FeedCallCountIT}: what a
 * page costs downstream).
 */
@MicroShedTest
public class FeedIT {

    /** MicroShed's consumer of {@code nova.social}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.feed", topics = "nova.social", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> socialTopic;

    /** What the fan-out of one post says when it is done (key = the post's id). */
    private static Backbone.TopicReader socialEvents() {
        return new Backbone.TopicReader(socialTopic, "nova.social");
    }

    @Test
    void aFollowedAuthorsPostReachesTheFeedAndNoOneElses() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdada");
        Members.Member bob = SocialSystem.newcomer("fdbob");
        Members.Member cy = SocialSystem.newcomer("fdcy");
        relate(bob, FOLLOW, ada);

        Post hello = post(ada, "hello followers", "public");

        awaitFeed(bob, feed -> feed.contains(hello.id().toString()));
        // one post's fan-out is one statement: once bob has it, everyone who gets it has it
        assertFalse(rawFeed(cy).contains(hello.id()), "cy follows nobody");
    }

    @Test
    void followersOnlyReachesFollowersAndDirectOnlyTheMentioned() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdvada");
        Members.Member bob = SocialSystem.newcomer("fdvbob");
        Members.Member cy = SocialSystem.newcomer("fdvcy");
        Members.Member dan = SocialSystem.newcomer("fdvdan");
        relate(bob, FOLLOW, ada);
        relate(cy, FOLLOW, ada);
        SocialSystem.lock(ada);
        assertTrue(relate(dan, FOLLOW, ada).getBoolean("requested"), "dan only asked: not a follower");

        Post circle = post(ada, "for my followers", "followers");
        awaitFeed(bob, feed -> feed.contains(circle.id().toString()));
        assertTrue(rawFeed(cy).contains(circle.id()));
        assertFalse(rawFeed(dan).contains(circle.id()), "a pending request is not a follow");

        Post whisper = post(ada, "@" + cy.username() + " just you", "direct");
        assertEquals(List.of(UUID.fromString(cy.id())), whisper.mentionIds(), "content resolved the mention");
        awaitFeed(cy, feed -> feed.contains(whisper.id().toString()));
        assertFalse(rawFeed(bob).contains(whisper.id()), "a follower who is not mentioned");
        assertFalse(rawFeed(dan).contains(whisper.id()));
    }

    @Test
    void aSharedPostAppearsOnceHoweverManyFolloweesSharedIt() throws Exception {
        Members.Member author = SocialSystem.newcomer("fdsauthor");
        Members.Member s1 = SocialSystem.newcomer("fdss1");
        Members.Member s2 = SocialSystem.newcomer("fdss2");
        Members.Member fay = SocialSystem.newcomer("fdsfay");
        relate(fay, FOLLOW, s1);
        relate(fay, FOLLOW, s2);
        Post news = post(author, "worth sharing", "public");

        try (Backbone.TopicReader events = socialEvents()) {
            engage(s1, SHARE, news.id());
            awaitFeed(fay, feed -> feed.contains(news.id().toString()));
            engage(s2, SHARE, news.id());
            // the second share's fan-out is done (or had nothing to add) once social says so for s2
            events.await("social.share.created", news.id().toString(), data -> data.getString("userId").equals(s2.id()));
            awaitFeedUpdatedOrQuiet(events, news.id(), s2.id());
        }
        List<UUID> raw = rawFeed(fay);
        assertEquals(1, Collections.frequency(raw, news.id()), "one entry: " + raw);
        assertEquals(1, Collections.frequency(SocialSystem.feedIds(fay), news.id().toString()));
        JsonObject shown = feedPage(fay, 20, null).getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(news.id().toString())).findFirst().orElseThrow();
        assertEquals(2, shown.getInt("shareCount"));
        assertFalse(shown.getBoolean("sharedByMe"));
    }

    /**
     * Waits for social.feed.updated of {@code postId} (shared by {@code sharer}, or the author's own fan-out when null);
     * social may send none when nobody new got the post, so after 30 s the wait ends anyway.
     */
    private static void awaitFeedUpdatedOrQuiet(Backbone.TopicReader events, UUID postId, String sharer) {
        try {
            events.await("social.feed.updated", postId.toString(), data -> sharer == null
                    ? !data.containsKey("sharedBy") || data.isNull("sharedBy")
                    : data.containsKey("sharedBy") && !data.isNull("sharedBy") && data.getString("sharedBy").equals(sharer));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // nobody new to reach: no event; 30 s have passed since the share, long past any fan-out here
        }
    }

    @Test
    void muteHidesAndDeleteRemoves() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdmada");
        Members.Member hal = SocialSystem.newcomer("fdmhal");
        Members.Member gus = SocialSystem.newcomer("fdmgus");
        relate(gus, FOLLOW, ada);
        relate(gus, FOLLOW, hal);
        Post before = post(hal, "before the mute", "public");
        awaitFeed(gus, feed -> feed.contains(before.id().toString()));

        relate(gus, MUTE, hal);
        awaitFeed(gus, feed -> !feed.contains(before.id().toString()));
        Post after;
        try (Backbone.TopicReader events = socialEvents()) {
            after = post(hal, "after the mute", "public");
            awaitFeedUpdatedOrQuiet(events, after.id(), null);
        }
        // hal's posts stay out of gus's feed while the mute stands, the one from before and the new one
        List<String> feed = SocialSystem.feedIds(gus);
        assertFalse(feed.contains(before.id().toString()), feed.toString());
        assertFalse(feed.contains(after.id().toString()), feed.toString());
        assertFalse(rawFeed(gus).contains(after.id()));

        // delete: the entry leaves social's feed itself, not only the gateway's hydrated page
        Post gone = post(ada, "soon deleted", "public");
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofMillis(300)).until(() -> rawFeed(gus).contains(gone.id()));
        SocialSystem.delete(ada, gone);
        await().atMost(SocialSystem.PROPAGATION).pollInterval(Duration.ofMillis(300)).until(() -> !rawFeed(gus).contains(gone.id()));
        assertFalse(SocialSystem.feedIds(gus).contains(gone.id().toString()));
    }

    @Test
    void aBlockTakesEachOutOfTheOthersFeedAndKeepsSharesOfTheBlockedOut() throws Exception {
        Members.Member kim = SocialSystem.newcomer("fdkkim");
        Members.Member lou = SocialSystem.newcomer("fdklou");
        Members.Member sam = SocialSystem.newcomer("fdksam");
        relate(kim, FOLLOW, lou);
        relate(lou, FOLLOW, kim);
        relate(kim, FOLLOW, sam);
        Post fromLou = post(lou, "before the block", "public");
        Post fromKim = post(kim, "kim speaks", "public");
        awaitFeed(kim, feed -> feed.contains(fromLou.id().toString()));
        awaitFeed(lou, feed -> feed.contains(fromKim.id().toString()));

        relate(kim, SocialSystem.BLOCK, lou);
        assertFalse(rawFeed(kim).contains(fromLou.id()), "the blocked member's post left the blocker's feed");
        assertFalse(rawFeed(lou).contains(fromKim.id()), "and the other way round");

        // kim follows sam; sam shares what lou writes after the block: it does not reach kim
        Post later = post(lou, "after the block", "public");
        try (Backbone.TopicReader events = socialEvents()) {
            engage(sam, SHARE, later.id());
            awaitFeedUpdatedOrQuiet(events, later.id(), sam.id());
        }
        assertFalse(rawFeed(kim).contains(later.id()));
        assertFalse(SocialSystem.feedIds(kim).contains(later.id().toString()));
    }

    @Test
    void aRedeliveredPostCreatedAddsNoSecondEntry() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdrada");
        Members.Member bob = SocialSystem.newcomer("fdrbob");
        relate(bob, FOLLOW, ada);
        Post once = post(ada, "said once, heard thrice", "public");
        awaitFeed(bob, feed -> feed.contains(once.id().toString()));

        // the event content's relay sent, again (the inbox skips it), and the same post under a new event id (a
        // producer that retried after writing it twice): the fan-out's insert adds no row
        String payload;
        try (java.sql.Connection c = Backbone.database(SocialSystem.CONTENT).getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT payload::text FROM outbox_events"
                     + " WHERE aggregate_id = ? AND type = 'content.post.created'")) {
            s.setString(1, once.id().toString());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "content's outbox keeps the event it sent");
                payload = rs.getString(1);
            }
        }
        nova.platform.events.CloudEvent sent = nova.platform.events.CloudEvent.parse(payload);
        nova.platform.events.CloudEvent newId = nova.platform.events.CloudEvent.of("content", sent.type(), sent.subject(), sent.data());
        try (Backbone.TopicReader events = socialEvents();
             org.apache.kafka.clients.producer.Producer<String, byte[]> producer = Backbone.producer("system-tests-redelivery")) {
            for (nova.platform.events.CloudEvent event : List.of(sent, newId)) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("nova.content", once.id().toString(),
                        event.toBytes())).get();
            }
            events.await("social.feed.updated", once.id().toString(), data -> data.getInt("recipients") == 0);
        }
        assertEquals(1, Collections.frequency(rawFeed(bob), once.id()), "one row in social's feed");
        assertEquals(1, Collections.frequency(SocialSystem.feedIds(bob), once.id().toString()), "once through the gateway");
        assertEquals(1, Collections.frequency(rawFeed(ada), once.id()), "the author's own feed too");
    }

    @Test
    void anUnmuteAndAnApprovedRequestBringPostsIntoTheFeed() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdbada");
        Members.Member gus = SocialSystem.newcomer("fdbgus");
        Members.Member kim = SocialSystem.newcomer("fdbkim");
        relate(gus, FOLLOW, ada);
        relate(gus, MUTE, ada);
        Post muted = post(ada, "while muted", "public");
        SocialSystem.lock(ada);
        Post circle = post(ada, "for my followers", "followers");
        assertTrue(relate(kim, FOLLOW, ada).getBoolean("requested"));
        assertFalse(rawFeed(gus).contains(muted.id()));

        relate(gus, SocialSystem.UNMUTE, ada);
        awaitFeed(gus, feed -> feed.containsAll(List.of(circle.id().toString(), muted.id().toString())));

        relate(ada, SocialSystem.APPROVE, kim);
        awaitFeed(kim, feed -> feed.equals(List.of(circle.id().toString(), muted.id().toString())));
    }

    @Test
    void aNewFollowBringsTheFollowedMembersSharesAndAPostOnce() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdsada");
        Members.Member bob = SocialSystem.newcomer("fdsbob");
        Members.Member cat = SocialSystem.newcomer("fdscat");
        Members.Member dan = SocialSystem.newcomer("fdsdan");
        Post news = post(ada, "worth sharing", "public");
        engage(bob, SHARE, news.id());
        Post own = post(bob, "bob's own", "public");

        relate(dan, FOLLOW, bob);
        awaitFeed(dan, feed -> feed.equals(List.of(own.id().toString(), news.id().toString())));

        relate(cat, FOLLOW, ada);
        relate(cat, FOLLOW, bob);
        awaitFeed(cat, feed -> feed.equals(List.of(own.id().toString(), news.id().toString())));
        assertEquals(1, Collections.frequency(rawFeed(cat), news.id()), "written and shared by followings: once");
    }

    @Test
    void pagesStayStableWhileNewPostsArrive() throws Exception {
        Members.Member ada = SocialSystem.newcomer("fdpada");
        Members.Member bob = SocialSystem.newcomer("fdpbob");
        relate(bob, FOLLOW, ada);
        List<String> older = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            older.add(0, post(ada, "older " + i, "public").id().toString()); // newest first
        }
        awaitFeed(bob, feed -> feed.containsAll(older));

        JsonObject first = feedPage(bob, 2, null);
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            newer.add(0, post(ada, "newer " + i, "public").id().toString());
        }
        awaitFeed(bob, feed -> feed.containsAll(newer));
        List<String> walked = new ArrayList<>(ids(first));
        String after = first.getJsonObject("pageInfo").getString("endCursor");
        while (after != null) {
            JsonObject page = feedPage(bob, 2, after);
            walked.addAll(ids(page));
            JsonObject info = page.getJsonObject("pageInfo");
            after = info.getBoolean("hasNextPage") ? info.getString("endCursor") : null;
        }

        assertEquals(older, walked, "the pages after the first go on where it ended: no repeats, no newcomers");
        assertEquals(newer, ids(feedPage(bob, 3, null)), "a fresh first page starts with the new posts");
        assertEquals(Optional.of("VALIDATION_FAILED"), bob.execute(SocialSystem.FEED, Map.of("first", 0)).code());
    }
}

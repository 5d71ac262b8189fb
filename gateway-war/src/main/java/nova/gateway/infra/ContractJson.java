package nova.gateway.infra;

import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.content.Post;
import nova.contracts.media.FocalPoint;
import nova.contracts.media.Media;
import nova.contracts.media.MediaVariant;
import nova.contracts.social.FeedItem;
import nova.contracts.social.FeedPage;
import nova.contracts.social.PostEngagement;
import nova.contracts.user.ProfileLink;
import nova.contracts.user.UserProfile;

/**
 * Reads the contexts' hottest answers (a feed read's five: social's feed page and engagement, content's posts, user's
 * profiles, media's files) into libs/contracts' records with a streaming JSON-P parser, instead of JSON-B's reflective
 * binding (issue 21: JSON-B and JSON-P were about a quarter of the gateway's CPU per feed read). Registered on the typed
 * clients next to {@link ProblemResponses}; every other type keeps the runtime's JSON-B provider. It reads what JSON-B
 * would: properties by record component name, unknown properties skipped (at any depth), a missing or null object as
 * null, a missing primitive as its zero (a null one fails, as in JSON-B), a number or boolean written as a string
 * read from it, instants in ISO-8601 ({@link Instant#parse}). Bad JSON, or a value of
 * the wrong kind, throws the {@link JsonbException} JSON-B throws, so a broken answer takes the clients' one failure
 * path (the REST client wraps it in a {@code ProcessingException}; Fault Tolerance and {@code UNAVAILABLE} follow).
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public final class ContractJson implements MessageBodyReader<Object> {

    /** The one instance the clients register (it holds nothing per call). */
    public static final ContractJson READER = new ContractJson();

    /** Made once: {@code Json.createParser} looks the provider up on every call. */
    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    /** What one value is read as; called with the event of the value just taken from the parser. */
    @FunctionalInterface
    interface Decoder<T> {
        T read(JsonParser parser, Event event);
    }

    static final Decoder<ProfileLink> PROFILE_LINK = (p, e) -> object(p, e, new ProfileLinkFields());
    static final Decoder<UserProfile> PROFILE = (p, e) -> object(p, e, new ProfileFields());
    static final Decoder<FocalPoint> FOCAL_POINT = (p, e) -> object(p, e, new FocalPointFields());
    static final Decoder<MediaVariant> VARIANT = (p, e) -> object(p, e, new VariantFields());
    static final Decoder<Media> MEDIA = (p, e) -> object(p, e, new MediaFields());
    static final Decoder<Post> POST = (p, e) -> object(p, e, new PostFields());
    static final Decoder<FeedItem> FEED_ITEM = (p, e) -> object(p, e, new FeedItemFields());
    static final Decoder<FeedPage> FEED_PAGE = (p, e) -> object(p, e, new FeedPageFields());
    static final Decoder<PostEngagement> ENGAGEMENT = (p, e) -> object(p, e, new EngagementFields());

    /** The types read here: a record, or a list of one (by element type; the list decoders made once). */
    private static final Map<Type, Decoder<?>> SINGLE = Map.of(Post.class, POST, FeedPage.class, FEED_PAGE);
    private static final Map<Type, Decoder<?>> LISTS = Map.of(Post.class, listOf(POST), UserProfile.class,
            listOf(PROFILE), Media.class, listOf(MEDIA), PostEngagement.class, listOf(ENGAGEMENT));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return decoder(type, genericType) != null && (mediaType == null || mediaType.getSubtype().endsWith("json"));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) {
        return read(decoder(type, genericType), entity);
    }

    /** Reads one whole document with {@code decoder}; anything wrong in it is a {@link JsonbException}. */
    static <T> T read(Decoder<T> decoder, InputStream entity) {
        try (JsonParser parser = PARSERS.createParser(entity)) {
            // what follows the value is not read (JSON-B does not read it either)
            return decoder.read(parser, parser.next());
        } catch (JsonbException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonbException("Cannot read the answer as JSON: " + e.getMessage(), e);
        }
    }

    static Decoder<?> decoder(Class<?> type, Type genericType) {
        if (type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments().length == 1) {
            return LISTS.get(list.getActualTypeArguments()[0]);
        }
        return type == genericType || genericType == null ? SINGLE.get(type) : null;
    }

    static <T> Decoder<List<T>> listOf(Decoder<T> element) {
        return (p, e) -> {
            if (e == Event.VALUE_NULL) {
                return null;
            }
            expect(e, Event.START_ARRAY);
            List<T> values = new ArrayList<>();
            for (Event next = p.next(); next != Event.END_ARRAY; next = p.next()) {
                values.add(element.read(p, next));
            }
            return values;
        };
    }

    // --- an object, field by field ----------------------------------------------------------------------------------

    /** Collects one object's fields, then makes the record. */
    private abstract static class Fields<T> {
        /** Reads the value of {@code name} (its first event is {@code e}); false when the name is not one of ours. */
        abstract boolean field(String name, JsonParser p, Event e);

        abstract T build();
    }

    private static <T> T object(JsonParser p, Event e, Fields<T> fields) {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        expect(e, Event.START_OBJECT);
        for (Event next = p.next(); next != Event.END_OBJECT; next = p.next()) {
            expect(next, Event.KEY_NAME);
            String name = p.getString();
            Event value = p.next();
            if (!fields.field(name, p, value)) {
                skip(p, value);
            }
        }
        return fields.build();
    }

    /** Skips an unknown property's value, however deep. */
    private static void skip(JsonParser p, Event e) {
        if (e != Event.START_OBJECT && e != Event.START_ARRAY) {
            return;
        }
        for (int depth = 1; depth > 0; ) {
            switch (p.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> { }
            }
        }
    }

    private static void expect(Event actual, Event expected) {
        if (actual != expected) {
            throw new JsonbException("Expected " + expected + " but found " + actual);
        }
    }

    private static String string(JsonParser p, Event e) {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        if (e != Event.VALUE_STRING && e != Event.VALUE_NUMBER) { // JSON-B takes a number as its text
            throw new JsonbException("Expected a string but found " + e);
        }
        return p.getString();
    }

    private static UUID uuid(JsonParser p, Event e) {
        String s = string(p, e);
        return s == null ? null : UUID.fromString(s);
    }

    private static Instant instant(JsonParser p, Event e) {
        String s = string(p, e);
        return s == null ? null : Instant.parse(s);
    }

    private static Boolean bool(JsonParser p, Event e) {
        return switch (e) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_STRING -> Boolean.parseBoolean(p.getString()); // as JSON-B reads "true"
            default -> throw new JsonbException("Expected a boolean but found " + e);
        };
    }

    private static Integer integer(JsonParser p, Event e) {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        if (e == Event.VALUE_STRING) { // as JSON-B reads "7"
            return Integer.parseInt(p.getString());
        }
        expect(e, Event.VALUE_NUMBER);
        return p.isIntegralNumber() ? Math.toIntExact(p.getLong()) : p.getBigDecimal().intValueExact();
    }

    private static Long longValue(JsonParser p, Event e) {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        if (e == Event.VALUE_STRING) {
            return Long.parseLong(p.getString());
        }
        expect(e, Event.VALUE_NUMBER);
        return p.isIntegralNumber() ? p.getLong() : p.getBigDecimal().longValueExact();
    }

    private static Double doubleValue(JsonParser p, Event e) {
        if (e == Event.VALUE_NULL) {
            return null;
        }
        if (e == Event.VALUE_STRING) {
            return Double.parseDouble(p.getString());
        }
        expect(e, Event.VALUE_NUMBER);
        return p.getBigDecimal().doubleValue();
    }

    private static final Decoder<UUID> UUIDS = ContractJson::uuid;
    private static final Decoder<String> STRINGS = ContractJson::string;
    private static final Decoder<List<UUID>> UUID_LIST = listOf(UUIDS);
    private static final Decoder<List<String>> STRING_LIST = listOf(STRINGS);
    private static final Decoder<List<ProfileLink>> LINK_LIST = listOf(PROFILE_LINK);
    private static final Decoder<List<MediaVariant>> VARIANT_LIST = listOf(VARIANT);
    private static final Decoder<List<FeedItem>> ITEM_LIST = listOf(FEED_ITEM);

    private static final class ProfileLinkFields extends Fields<ProfileLink> {
        String name;
        String url;

        @Override
        boolean field(String field, JsonParser p, Event e) {
            switch (field) {
                case "name" -> name = string(p, e);
                case "url" -> url = string(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        ProfileLink build() {
            return new ProfileLink(name, url);
        }
    }

    private static final class ProfileFields extends Fields<UserProfile> {
        UUID id;
        String username;
        String displayName;
        String bio;
        String locale;
        UUID avatarMediaId;
        UUID headerMediaId;
        List<ProfileLink> links;
        boolean verified;
        String status;
        Instant createdAt;
        Instant updatedAt;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "id" -> id = uuid(p, e);
                case "username" -> username = string(p, e);
                case "displayName" -> displayName = string(p, e);
                case "bio" -> bio = string(p, e);
                case "locale" -> locale = string(p, e);
                case "avatarMediaId" -> avatarMediaId = uuid(p, e);
                case "headerMediaId" -> headerMediaId = uuid(p, e);
                case "links" -> links = LINK_LIST.read(p, e);
                case "verified" -> verified = primitive(bool(p, e));
                case "status" -> status = string(p, e);
                case "createdAt" -> createdAt = instant(p, e);
                case "updatedAt" -> updatedAt = instant(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        UserProfile build() {
            return new UserProfile(id, username, displayName, bio, locale, avatarMediaId, headerMediaId, links, verified,
                    status, createdAt, updatedAt);
        }
    }

    private static final class FocalPointFields extends Fields<FocalPoint> {
        double x;
        double y;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "x" -> x = primitive(doubleValue(p, e));
                case "y" -> y = primitive(doubleValue(p, e));
                default -> { return false; }
            }
            return true;
        }

        @Override
        FocalPoint build() {
            return new FocalPoint(x, y);
        }
    }

    /** A primitive component: JSON-B fails on an explicit null there (a missing one is zero). */
    private static <N> N primitive(N value) {
        if (value == null) {
            throw new JsonbException("null for a primitive property");
        }
        return value;
    }

    private static final class VariantFields extends Fields<MediaVariant> {
        String name;
        String url;
        String mimeType;
        Integer width;
        Integer height;
        Long size;

        @Override
        boolean field(String field, JsonParser p, Event e) {
            switch (field) {
                case "name" -> name = string(p, e);
                case "url" -> url = string(p, e);
                case "mimeType" -> mimeType = string(p, e);
                case "width" -> width = integer(p, e);
                case "height" -> height = integer(p, e);
                case "size" -> size = longValue(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        MediaVariant build() {
            return new MediaVariant(name, url, mimeType, width, height, size);
        }
    }

    private static final class MediaFields extends Fields<Media> {
        UUID id;
        UUID ownerId;
        String kind;
        String status;
        String mimeType;
        String fileName;
        long size;
        Integer width;
        Integer height;
        Double durationSeconds;
        String blurhash;
        FocalPoint focalPoint;
        String description;
        String visibility;
        List<MediaVariant> variants;
        Instant createdAt;
        Instant processedAt;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "id" -> id = uuid(p, e);
                case "ownerId" -> ownerId = uuid(p, e);
                case "kind" -> kind = string(p, e);
                case "status" -> status = string(p, e);
                case "mimeType" -> mimeType = string(p, e);
                case "fileName" -> fileName = string(p, e);
                case "size" -> size = primitive(longValue(p, e));
                case "width" -> width = integer(p, e);
                case "height" -> height = integer(p, e);
                case "durationSeconds" -> durationSeconds = doubleValue(p, e);
                case "blurhash" -> blurhash = string(p, e);
                case "focalPoint" -> focalPoint = FOCAL_POINT.read(p, e);
                case "description" -> description = string(p, e);
                case "visibility" -> visibility = string(p, e);
                case "variants" -> variants = VARIANT_LIST.read(p, e);
                case "createdAt" -> createdAt = instant(p, e);
                case "processedAt" -> processedAt = instant(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        Media build() {
            return new Media(id, ownerId, kind, status, mimeType, fileName, size, width, height, durationSeconds, blurhash,
                    focalPoint, description, visibility, variants, createdAt, processedAt);
        }
    }

    private static final class PostFields extends Fields<Post> {
        UUID id;
        UUID authorId;
        String text;
        String visibility;
        String contentWarning;
        boolean sensitive;
        String language;
        List<UUID> mediaIds;
        List<UUID> mentionIds;
        List<String> hashtags;
        UUID replyToId;
        UUID quoteOfId;
        UUID conversationRootId;
        int replyCount;
        String state;
        Instant createdAt;
        Instant editedAt;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "id" -> id = uuid(p, e);
                case "authorId" -> authorId = uuid(p, e);
                case "text" -> text = string(p, e);
                case "visibility" -> visibility = string(p, e);
                case "contentWarning" -> contentWarning = string(p, e);
                case "sensitive" -> sensitive = primitive(bool(p, e));
                case "language" -> language = string(p, e);
                case "mediaIds" -> mediaIds = UUID_LIST.read(p, e);
                case "mentionIds" -> mentionIds = UUID_LIST.read(p, e);
                case "hashtags" -> hashtags = STRING_LIST.read(p, e);
                case "replyToId" -> replyToId = uuid(p, e);
                case "quoteOfId" -> quoteOfId = uuid(p, e);
                case "conversationRootId" -> conversationRootId = uuid(p, e);
                case "replyCount" -> replyCount = primitive(integer(p, e));
                case "state" -> state = string(p, e);
                case "createdAt" -> createdAt = instant(p, e);
                case "editedAt" -> editedAt = instant(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        Post build() {
            return new Post(id, authorId, text, visibility, contentWarning, sensitive, language, mediaIds, mentionIds,
                    hashtags, replyToId, quoteOfId, conversationRootId, replyCount, state, createdAt, editedAt);
        }
    }

    private static final class FeedItemFields extends Fields<FeedItem> {
        UUID postId;
        UUID authorId;
        UUID sharedBy;
        Instant at;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "postId" -> postId = uuid(p, e);
                case "authorId" -> authorId = uuid(p, e);
                case "sharedBy" -> sharedBy = uuid(p, e);
                case "at" -> at = instant(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        FeedItem build() {
            return new FeedItem(postId, authorId, sharedBy, at);
        }
    }

    private static final class FeedPageFields extends Fields<FeedPage> {
        List<FeedItem> items;
        String nextCursor;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "items" -> items = ITEM_LIST.read(p, e);
                case "nextCursor" -> nextCursor = string(p, e);
                default -> { return false; }
            }
            return true;
        }

        @Override
        FeedPage build() {
            return new FeedPage(items, nextCursor);
        }
    }

    private static final class EngagementFields extends Fields<PostEngagement> {
        UUID postId;
        long likes;
        long shares;
        boolean likedByMe;
        boolean sharedByMe;

        @Override
        boolean field(String name, JsonParser p, Event e) {
            switch (name) {
                case "postId" -> postId = uuid(p, e);
                case "likes" -> likes = primitive(longValue(p, e));
                case "shares" -> shares = primitive(longValue(p, e));
                case "likedByMe" -> likedByMe = primitive(bool(p, e));
                case "sharedByMe" -> sharedByMe = primitive(bool(p, e));
                default -> { return false; }
            }
            return true;
        }

        @Override
        PostEngagement build() {
            return new PostEngagement(postId, likes, shares, likedByMe, sharedByMe);
        }
    }

}

package nova.communication.notification;

import java.util.List;

/** The English sentence of a notification: "Ada and 3 others liked your post". */
final class NotificationText {

    private NotificationText() {
    }

    /**
     * @param names the newest actors' names, newest first (at most 3 are given; the first one or two are used)
     * @param count all actors of the group
     */
    static String of(String type, String targetType, String detail, List<String> names, int count) {
        if ("moderation".equals(type)) {
            return "Your " + noun(targetType) + " was " + switch (detail == null ? "" : detail) {
                case "hide" -> "hidden by a moderator";
                case "remove" -> "removed by a moderator";
                case "restore" -> "restored by a moderator";
                default -> "reviewed by a moderator";
            };
        }
        return actors(names, count) + " " + verb(type, targetType);
    }

    static String actors(List<String> names, int count) {
        if (names.isEmpty()) {
            return count <= 1 ? "Someone" : count + " people";
        }
        if (count <= 1) {
            return names.get(0);
        }
        if (count == 2 && names.size() >= 2) {
            return names.get(0) + " and " + names.get(1);
        }
        int others = count - 1;
        return names.get(0) + " and " + others + (others == 1 ? " other" : " others");
    }

    private static String verb(String type, String targetType) {
        return switch (type) {
            case "follow" -> "followed you";
            case "follow_request" -> "asked to follow you";
            case "like" -> "liked your " + noun(targetType);
            case "share" -> "shared your " + noun(targetType);
            case "comment" -> "comment".equals(targetType) ? "replied to your comment" : "commented on your " + noun(targetType);
            case "mention" -> "mentioned you in a " + noun(targetType);
            case "message" -> "sent you a message";
            default -> type;
        };
    }

    private static String noun(String targetType) {
        return targetType == null ? "post" : switch (targetType) {
            case "article", "comment", "conversation" -> targetType;
            default -> "post";
        };
    }
}

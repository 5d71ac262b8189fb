package nova.gateway.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's schema as its clients depend on it, read from SDL as the engine prints it: each type's fields with
 * their types and arguments, each enum's values, and which of them are {@code @deprecated}. Enough to tell a change
 * that breaks an existing client (a type, field, argument or enum value gone or retyped, a new required argument)
 * from one that does not; descriptions are left out.
 */
public final class Sdl {

    /** The SDL committed with the gateway: what clients are told the API is. */
    public static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "src/main/graphql/schema.graphql");

    private static final Pattern STRING = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern BLOCK = Pattern.compile("\\b(type|input|interface|enum)\\s+(\\w+)[^{]*\\{([^}]*)}");
    private static final Pattern FIELD = Pattern.compile(
            "(\\w+)\\s*(\\([^)]*\\))?\\s*:\\s*([\\w!\\[\\]]+)((?:\\s*@\\w+(?:\\([^)]*\\))?)*)");
    private static final Pattern VALUE = Pattern.compile("(\\w+)((?:\\s*@\\w+(?:\\([^)]*\\))?)*)");
    private static final Pattern ARGUMENT = Pattern.compile("(\\w+)\\s*:\\s*([\\w!\\[\\]]+)(\\s*=\\s*[^,@]+)?");

    /** A field, an input field or an enum value: its type (empty for an enum value) and its arguments by name. */
    public record Member(String type, Map<String, Argument> arguments, boolean deprecated) {
    }

    /** An argument's type, and whether it has a default (a new non-null argument without one breaks callers). */
    public record Argument(String type, boolean defaulted) {
    }

    /** Members by type name, then by member name. */
    public final Map<String, Map<String, Member>> types = new TreeMap<>();

    private Sdl() {
    }

    public static Sdl read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static Sdl parse(String sdl) {
        Sdl schema = new Sdl();
        String bare = STRING.matcher(sdl).replaceAll(" ").replaceAll("#[^\\n]*", " ").replaceAll("\\s+", " ");
        Matcher block = BLOCK.matcher(bare);
        while (block.find()) {
            Map<String, Member> members = new LinkedHashMap<>();
            boolean isEnum = block.group(1).equals("enum");
            Matcher member = (isEnum ? VALUE : FIELD).matcher(block.group(3));
            while (member.find()) {
                if (isEnum) {
                    members.put(member.group(1), new Member("", Map.of(), member.group(2).contains("@deprecated")));
                } else {
                    Map<String, Argument> arguments = new TreeMap<>();
                    if (member.group(2) != null) {
                        Matcher argument = ARGUMENT.matcher(member.group(2));
                        while (argument.find()) {
                            arguments.put(argument.group(1), new Argument(argument.group(2), argument.group(3) != null));
                        }
                    }
                    members.put(member.group(1), new Member(member.group(3), arguments, member.group(4).contains("@deprecated")));
                }
            }
            schema.types.put(block.group(2), members);
        }
        return schema;
    }

    /**
     * What {@code served} breaks of this (committed) schema for an existing client: each a sentence. A field or enum
     * value deprecated here may go; nothing else may go or change type, and no field may gain a required argument.
     */
    public List<String> breakingChangesIn(Sdl served) {
        List<String> broken = new ArrayList<>();
        types.forEach((type, members) -> {
            Map<String, Member> now = served.types.get(type);
            if (now == null) {
                if (!members.values().stream().allMatch(Member::deprecated)) {
                    broken.add("type " + type + " was removed (deprecate its fields first)");
                }
                return;
            }
            members.forEach((name, before) -> {
                Member after = now.get(name);
                if (after == null) {
                    if (!before.deprecated()) {
                        broken.add(type + "." + name + " was removed without @deprecated");
                    }
                    return;
                }
                if (!before.type().equals(after.type())) {
                    broken.add(type + "." + name + " was retyped " + before.type() + " -> " + after.type());
                }
                before.arguments().forEach((argument, was) -> {
                    Argument is = after.arguments().get(argument);
                    if (is == null) {
                        broken.add(type + "." + name + "(" + argument + ") was removed");
                    } else if (!is.type().equals(was.type())) {
                        broken.add(type + "." + name + "(" + argument + ") was retyped " + was.type() + " -> " + is.type());
                    }
                });
                after.arguments().forEach((argument, is) -> {
                    if (!before.arguments().containsKey(argument) && is.type().endsWith("!") && !is.defaulted()) {
                        broken.add(type + "." + name + "(" + argument + ") is a new required argument");
                    }
                });
            });
        });
        return broken;
    }

    /** The SDL with its line ends and trailing blanks made plain, for an exact comparison. */
    public static String normalized(String sdl) {
        return sdl.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").strip() + "\n";
    }
}

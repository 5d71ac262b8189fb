package nova.tools.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The code under test: every WAR, libs/contracts and libs/platform, as built. */
record Codebase(Layout layout, List<Module> wars, Module contracts, Module platform) {

    private static final Pattern WAR_MODULE = Pattern.compile("<module>\\s*([a-z]+)-war\\s*</module>");

    List<Module> all() {
        return Stream.concat(wars.stream(), Stream.of(contracts, platform)).toList();
    }

    /**
     * The real build under {@code root}: the WARs are the root pom's {@code <name>-war} modules, each
     * read from its {@code target/classes} (classes and Flyway migrations alike).
     */
    static Codebase fromBuild(Path root) {
        Path contractsDir = built(root.resolve("libs/contracts"));
        Path platformDir = built(root.resolve("libs/platform"));
        List<Module> wars = new ArrayList<>();
        for (String name : warModules(root)) {
            Path dir = built(root.resolve(name + "-war"));
            JavaClasses classes = new ClassFileImporter().importPaths(dir, contractsDir, platformDir);
            wars.add(new Module(name, Module.Kind.WAR, classes, shippedFrom(classes, dir),
                    migrations(dir.resolve("db/migration"))));
        }
        JavaClasses shared = new ClassFileImporter().importPaths(contractsDir, platformDir);
        Module contracts = new Module("contracts", Module.Kind.CONTRACTS, shared, shippedFrom(shared, contractsDir), Map.of());
        Module platform = new Module("platform", Module.Kind.PLATFORM, shared, shippedFrom(shared, platformDir),
                migrations(platformDir.resolve("nova/platform/db")));
        return new Codebase(Layout.NOVA, wars, contracts, platform);
    }

    /** The WAR modules the root pom builds, in its order. */
    static List<String> warModules(Path root) {
        try {
            Matcher m = WAR_MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fixture: the classes under {@code layout.root()} split by package ({@code <root>.<name>} is
     * WAR {@code name}), the migrations of WAR {@code name} in {@code migrationsRoot/<name>/}, the
     * platform's in {@code migrationsRoot/platform/}.
     */
    static Codebase fromPackages(Layout layout, Path migrationsRoot) {
        JavaClasses classes = new ClassFileImporter().importPackages(layout.root());
        Map<String, Set<String>> byModule = classes.stream()
                .filter(c -> c.getPackageName().startsWith(layout.root() + "."))
                .collect(Collectors.groupingBy(c -> c.getPackageName().substring(layout.root().length() + 1).split("\\.")[0],
                        TreeMap::new, Collectors.mapping(JavaClass::getName, Collectors.toSet())));
        List<Module> wars = new ArrayList<>();
        byModule.forEach((name, own) -> {
            if (!name.equals("contracts") && !name.equals("platform")) {
                wars.add(new Module(name, Module.Kind.WAR, classes, own, migrationsOf(migrationsRoot, name)));
            }
        });
        // contexts that have migrations but no classes in the fixture
        for (String name : subdirectories(migrationsRoot)) {
            if (!byModule.containsKey(name) && !name.equals("platform")) {
                wars.add(new Module(name, Module.Kind.WAR, classes, Set.of(), migrationsOf(migrationsRoot, name)));
            }
        }
        return new Codebase(layout, wars,
                new Module("contracts", Module.Kind.CONTRACTS, classes, byModule.getOrDefault("contracts", Set.of()), Map.of()),
                new Module("platform", Module.Kind.PLATFORM, classes, byModule.getOrDefault("platform", Set.of()),
                        migrationsOf(migrationsRoot, "platform")));
    }

    private static Map<String, String> migrationsOf(Path migrationsRoot, String name) {
        return migrationsRoot == null ? Map.of() : migrations(migrationsRoot.resolve(name));
    }

    private static List<String> subdirectories(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path built(Path module) {
        Path classes = module.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " is missing: build first (mvn -DskipTests install)");
        }
        return classes;
    }

    private static Set<String> shippedFrom(JavaClasses classes, Path dir) {
        String prefix = dir.toUri().toString();
        return classes.stream()
                .filter(c -> c.getSource().map(s -> s.getUri().toString().startsWith(prefix)).orElse(false))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    }

    /** Flyway SQL scripts in {@code dir}, by file name (none if the directory does not exist). */
    static Map<String, String> migrations(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, String> scripts = new TreeMap<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nova.tools.architecture;

import java.util.ArrayList;
import java.util.List;

/** The services the build deploys (its WARs, the gateway aside), sorted into the design's core and support. */
record Services(List<String> core, List<String> support, List<String> unknown, List<String> missing) {

    static Services of(Codebase code) {
        List<String> built = code.wars().stream().map(Module::name).filter(n -> !n.equals(Layout.GATEWAY)).toList();
        List<String> missing = new ArrayList<>(Layout.contexts());
        missing.removeAll(built);
        return new Services(built.stream().filter(Layout.CORE::contains).toList(),
                built.stream().filter(Layout.SUPPORT::contains).toList(),
                built.stream().filter(n -> !Layout.contexts().contains(n)).toList(), missing);
    }

    List<String> violations() {
        List<String> found = new ArrayList<>();
        unknown.forEach(n -> found.add(n + " is a service the design does not have (6 core + 2 support)"));
        missing.forEach(n -> found.add(n + " is a service of the design that the build does not deploy"));
        return found;
    }

    String describe() {
        return core.size() + " core + " + support.size() + " support" + (unknown.isEmpty() ? "" : " + " + unknown.size() + " unknown");
    }
}

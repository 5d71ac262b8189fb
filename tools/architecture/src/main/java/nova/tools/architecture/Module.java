package nova.tools.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One built module: a WAR (its context's name, or "gateway"), libs/contracts or libs/platform.
 * {@code classes} is what was imported with it (its own classes plus contracts and platform, so the
 * annotations of the contract types it uses are known); {@code own} names the classes it ships itself.
 * {@code migrations} maps each Flyway script's file name to its SQL.
 */
record Module(String name, Kind kind, JavaClasses classes, Set<String> own, Map<String, String> migrations) {

    enum Kind { WAR, CONTRACTS, PLATFORM }

    boolean isWar() {
        return kind == Kind.WAR;
    }

    JavaClasses ownClasses() {
        return classes.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                "shipped by " + name, (JavaClass c) -> own.contains(c.getName())));
    }

    List<JavaClass> ownList() {
        return ownClasses().stream().sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
    }
}

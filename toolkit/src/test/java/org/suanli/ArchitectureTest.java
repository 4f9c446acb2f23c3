package org.suanli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.scorecard.Scorecard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The toolkit's packages are floors that follow the data flow, checked on the compiled classes (so an inline
 * qualified name, a field type or a lambda counts as much as an import). A package may use the floors below it
 * and none beside or above it, and no group of packages depends on itself in a circle.
 *
 * <p>A new package must be given its floor in {@link #FLOORS}: a class on no floor fails the test.
 */
class ArchitectureTest {

    /** The front door, {@code org.suanli} itself (no sub-package), is optional until it has a class. */
    private static final String ROOT = "org.suanli";

    /**
     * Bottom to top. Packages on one floor are independent of each other. {@code scorecard} is the frame every
     * stage may report to; it imports no stage. {@code reconstruct} builds the reference dataset with the capacity
     * model and the book's statements, so it sits above both; {@code sensitivity} varies the index's choices and the
     * reconstruction's assumptions, so it sits above both, and {@code charts} above it draws its results;
     * {@code analysis} wires the stages together;
     * {@code cli} is the command line over all of it.
     */
    static final List<List<String>> FLOORS = List.of(
            List.of("scorecard"),
            List.of("data"),
            List.of("capacity", "ahp"),
            List.of("index"),
            List.of("economy"),
            List.of("reconstruct"),
            List.of("sensitivity"),
            List.of("charts"),
            List.of("analysis", "practice"),
            List.of(ROOT),
            List.of("cli"));

    /** The toolkit's main classes, read from where {@link Scorecard} was loaded (target/classes or the jar). */
    private static final JavaClasses TOOLKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(List.of(Location.of(Scorecard.class.getProtectionDomain().getCodeSource().getLocation())));

    /** The floors as an ArchUnit layered architecture: each layer may access exactly the layers below it. */
    static LayeredArchitecture floors(List<List<String>> floors) {
        LayeredArchitecture arch = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (List<String> floor : floors) {
            for (String p : floor) {
                arch = p.equals(ROOT) ? arch.optionalLayer(p).definedBy(ROOT) : arch.layer(p).definedBy(ROOT + "." + p + "..");
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> floor : floors) {
            for (String p : floor) {
                arch = below.isEmpty() ? arch.whereLayer(p).mayNotAccessAnyLayer()
                        : arch.whereLayer(p).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(floor);
        }
        return arch;
    }

    @Test
    void everyPackageUsesOnlyTheFloorsBelowIt() {
        assertTrue(TOOLKIT.size() > 100, "the toolkit's classes were not found: " + TOOLKIT.size());
        floors(FLOORS).check(TOOLKIT);
    }

    @Test
    void noPackageCycle() {
        // Every package on its own, sub-packages too (data.validate uses data, never the other way).
        slices().matching("org.suanli.(**)").should().beFreeOfCycles().check(TOOLKIT);
    }

    @Test
    void theCheckSeesTheDependencies() {
        // Turned upside down, the same floors must be broken all over: the rule is not vacuous.
        List<List<String>> upsideDown = new ArrayList<>(FLOORS);
        Collections.reverse(upsideDown);
        var result = floors(upsideDown).evaluate(TOOLKIT);
        assertTrue(result.hasViolation());
        String report = String.join("\n", result.getFailureReport().getDetails());
        // Two of the known dependencies: the index reads the AHP weights, the data evaluators report to the scorecard.
        assertTrue(report.contains("org.suanli.index.Weights") && report.contains("org.suanli.ahp.AhpHierarchy"), report);
        assertTrue(report.contains("org.suanli.data.IndicatorStatementEvaluator"), report);
    }
}

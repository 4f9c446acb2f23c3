package org.suanli.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.Architectures;

/**
 * The kernel module's floors, checked on its compiled classes: the engine ({@code org.suanli.kernel}) at the
 * bottom, the Jupyter protocol server and the headless runner beside each other on top of it, the command line
 * over all three, and no package cycle. The toolkit's own floors are checked by its ArchitectureTest.
 */
class KernelArchitectureTest {

    /** The kernel module's main classes only (the toolkit is on the test class path too, but is not read). */
    private static final JavaClasses KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(List.of(Location.of(JShellInterpreter.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void theEngineKnowsNeitherTheProtocolNorTheRunnerNorTheCommandLine() {
        assertTrue(KERNEL.contain(JShellInterpreter.class) && KERNEL.size() > 50, "kernel classes not found: " + KERNEL.size());
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("org.suanli.kernel")
                .layer("protocol").definedBy("org.suanli.kernel.protocol..")
                .layer("runner").definedBy("org.suanli.runner..")
                .layer("cli").definedBy("org.suanli.cli..")
                .whereLayer("engine").mayNotAccessAnyLayer()
                .whereLayer("protocol").mayOnlyAccessLayers("engine")
                .whereLayer("runner").mayOnlyAccessLayers("engine")
                .whereLayer("cli").mayOnlyAccessLayers("engine", "protocol", "runner")
                .check(KERNEL);
    }

    @Test
    void theCheckSeesTheDependencies() {
        // The runner does use the engine: a rule forbidding it must report that, or the checks above see nothing.
        var result = noClasses().that().resideInAPackage("org.suanli.runner..")
                .should().dependOnClassesThat().resideInAPackage("org.suanli.kernel").evaluate(KERNEL);
        assertTrue(result.hasViolation() && String.join("\n", result.getFailureReport().getDetails())
                .contains("org.suanli.runner.NotebookExecutor"), result.getFailureReport().toString());
    }

    @Test
    void noPackageCycle() {
        slices().matching("org.suanli.(**)").should().beFreeOfCycles().check(KERNEL);
    }
}

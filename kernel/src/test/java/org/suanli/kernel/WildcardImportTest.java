package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A trainee's first cell: every toolkit package imported with a wildcard, through the project's own engine (with
 * its default imports of java.util, java.io and the rest). The cell must compile, and each public type of the
 * toolkit, named by its simple name, must resolve to the toolkit's class, not to a namesake elsewhere.
 */
class WildcardImportTest extends SharedEngineTest {

    @Test
    void everyToolkitPackageImportsTogetherAndEveryTypeResolves() {
        List<Class<?>> types = ProjectTypes.toolkit();
        TreeSet<String> packages = types.stream().map(Class::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(packages.size() >= 10, packages.toString());
        StringBuilder cell = new StringBuilder();
        for (String p : packages) {
            cell.append("import ").append(p).append(".*;\n");
        }
        cell.append("String[] resolvedNames = {\n");
        for (Class<?> c : types) {
            cell.append("    ").append(c.getSimpleName()).append(".class.getName(),\n");
        }
        cell.append("};\nSystem.out.print(String.join(\"\\n\", resolvedNames));\n");

        RecordingSink out = run(cell.toString());

        assertNull(out.error(), () -> "the cell failed:\n" + out.errorText() + "\n--- cell ---\n" + cell);
        String expected = types.stream().map(Class::getName).collect(Collectors.joining("\n"));
        assertEquals(expected, out.stdout());

        // The same engine does report a clash between two wildcard imports, so the check above can fail
        // (java.awt, which the engine does not import by default, has a Panel too).
        RecordingSink clash = run("import java.awt.*;\nPanel.class");
        assertTrue(clash.error() != null && clash.errorText().contains("reference to Panel is ambiguous"),
                () -> String.valueOf(clash.errorText()));
    }
}

package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * No two public types of the project (toolkit and kernel) share a simple name, so any set of wildcard imports
 * compiles and a name in a notebook, in the docs or in Shift-Tab's answer means one class.
 */
class UniqueSimpleNamesTest {

    @Test
    void everyPublicTypeHasItsOwnSimpleName() {
        List<Class<?>> all = new ArrayList<>(ProjectTypes.toolkit());
        all.addAll(ProjectTypes.kernel());
        assertTrue(all.size() > 150, "too few types found: " + all.size());
        Map<String, List<String>> byName = new TreeMap<>();
        for (Class<?> c : all) {
            byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
        }
        List<String> clashes = byName.values().stream().filter(l -> l.size() > 1).map(String::valueOf).toList();
        assertTrue(clashes.isEmpty(), "public types sharing a simple name: " + clashes);
    }

    @Test
    void theScanFindsTypesOfBothModules() {
        List<String> toolkit = ProjectTypes.toolkit().stream().map(Class::getName).toList();
        List<String> kernel = ProjectTypes.kernel().stream().map(Class::getName).toList();
        assertTrue(toolkit.contains("org.suanli.ahp.ExpertPanel") && toolkit.contains("org.suanli.index.Panel"), toolkit.toString());
        assertTrue(kernel.contains("org.suanli.kernel.Html") && kernel.contains("org.suanli.runner.Cell"), kernel.toString());
        assertTrue(toolkit.stream().noneMatch(kernel::contains), "the two modules overlap");
    }
}

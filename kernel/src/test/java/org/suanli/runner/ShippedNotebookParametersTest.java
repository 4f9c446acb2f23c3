package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped notebook has a cell tagged {@code parameters} with the five parameters of the front door (year, override
 * file, weights, method, language) whose values the code really uses, and
 * {@code suanli run notebooks -p year 2022 -p method percentile -p weights equal -p lang en} runs all of them.
 */
class ShippedNotebookParametersTest {

    @TempDir
    Path dir;

    private static List<Path> shipped() throws Exception {
        return ProjectFolder.shippedNotebooks();
    }

    /** What issue 15 asks of every shipped notebook: year, data or override file, weights file, method; and language. */
    private static final List<String> COMMON = List.of("year", "override", "weights", "method", "lang");

    @Test
    void everyNotebookDeclaresTheCommonParametersAndUsesEveryParameterItDeclares() throws Exception {
        List<Path> notebooks = shipped();
        assertTrue(notebooks.size() >= 5, notebooks.toString());
        for (Path path : notebooks) {
            Notebook notebook = Notebook.read(path);
            List<Cell> tagged = notebook.cells().stream().filter(c -> c.hasTag(Cell.TAG_PARAMETERS)).toList();
            assertEquals(1, tagged.size(), path + ": one cell tagged parameters");
            Set<String> names = Parameters.declaredNames(notebook);
            for (String common : COMMON) {
                assertTrue(names.contains(common), path + " declares " + common + ": " + names);
            }
            int after = tagged.get(0).number();
            for (String name : names) {
                Pattern use = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
                boolean used = notebook.cells().stream().filter(c -> c.isCode() && c.number() > after
                        && !c.hasTag(Cell.TAG_INJECTED)).anyMatch(c -> use.matcher(c.source()).find());
                assertTrue(used, path + ": the parameter " + name + " is declared but no later cell uses it");
            }
        }
    }

    @Test
    void yearTwentyTwentyTwoWithOtherChoicesRunsEveryShippedNotebook() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("run"));
        shipped().forEach(p -> args.add(p.toString()));
        args.addAll(List.of("-p", "year", "2022", "-p", "method", "percentile", "-p", "weights", "equal",
                "-p", "lang", "en", "-o", dir.toString(), "--progress", "none", "--no-html"));
        ChildSuanli run = ChildSuanli.run(ProjectFolder.root(), args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.toString());
        for (Path path : shipped()) {
            Notebook executed = Notebook.read(dir.resolve(path.getFileName()));
            JsonObject parameters = executed.metadata().getAsJsonObject("suanli").getAsJsonObject("parameters");
            assertEquals(2022, parameters.get("year").getAsInt(), path.toString());
            Cell injected = executed.cells().stream().filter(c -> c.hasTag(Cell.TAG_INJECTED)).findFirst().orElseThrow();
            assertTrue(injected.source().contains("int year = 2022;"), injected.source());
            assertTrue(injected.source().contains("String method = \"percentile\";"), injected.source());
            assertTrue(injected.source().contains("String weights = \"equal\";"), injected.source());
            assertTrue(injected.source().contains("String lang = \"en\";"), injected.source());
        }
    }

    @Test
    void aRunOfSeveralNotebooksGivesEachTheParametersItDeclares() {
        Set<String> here = Set.of("year");
        Set<String> anywhere = Set.of("year", "override");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("year", "2022");
        values.put("override", "mine.csv");
        values.put("yaer", "2021");
        assertEquals(Map.of("year", "2022", "yaer", "2021"), Parameters.applicable(here, anywhere, values),
                "override goes to the notebooks that declare it; a name no notebook declares stays, to be refused");
    }
}

package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The student and instructor versions of an exercise source, marker by marker. */
class ExerciseBuilderTest {

    private static String student(String code) throws NotebookException {
        return ExerciseBuilder.code(code, "x.ipynb, cell 2", true);
    }

    private static String instructor(String code) throws NotebookException {
        return ExerciseBuilder.code(code, "x.ipynb, cell 2", false);
    }

    @Test
    void aSolutionBecomesAStubThatDeclaresWhatTheSolutionDeclared() throws Exception {
        String source = String.join("\n",
                "int n = 3;",
                "// BEGIN SOLUTION",
                "double[] w = new double[n];",
                "for (int i = 0; i < n; i++) {",
                "    double inner = 1;",
                "    w[i] = inner / n;",
                "}",
                "double cr = 0.1, ci = 0;",
                "Map<String, Double> byKey = new HashMap<>();",
                "final int count = 2;",
                "boolean ok = true;",
                "String label = \"x\";",
                "// END SOLUTION",
                "check.that(\"w\", w).near(new double[] {1, 1, 1}, 1e-9);");
        assertEquals(String.join("\n",
                "int n = 3;",
                "// YOUR CODE HERE",
                "double[] w = null;",
                "double cr = Double.NaN;",
                "Map<String,Double> byKey = null;",
                "int count = 0;",
                "boolean ok = false;",
                "String label = null;",
                "check.that(\"w\", w).near(new double[] {1, 1, 1}, 1e-9);"), student(source));
        assertEquals(String.join("\n",
                "int n = 3;",
                "double[] w = new double[n];",
                "for (int i = 0; i < n; i++) {",
                "    double inner = 1;",
                "    w[i] = inner / n;",
                "}",
                "double cr = 0.1, ci = 0;",
                "Map<String, Double> byKey = new HashMap<>();",
                "final int count = 2;",
                "boolean ok = true;",
                "String label = \"x\";",
                "check.that(\"w\", w).near(new double[] {1, 1, 1}, 1e-9);"), instructor(source));
    }

    @Test
    void stubLinesReplaceTheDerivedStubAndKeepTheIndent() throws Exception {
        String source = String.join("\n",
                "if (true) {",
                "    // BEGIN SOLUTION",
                "    // STUB: double b = Double.NaN, a = Double.NaN;",
                "    double b = 2;",
                "    double a = 1;",
                "    // END SOLUTION",
                "}");
        assertEquals("if (true) {\n    // YOUR CODE HERE\n    double b = Double.NaN, a = Double.NaN;\n}", student(source));
        assertEquals("if (true) {\n    double b = 2;\n    double a = 1;\n}", instructor(source));
    }

    @Test
    void hiddenChecksAreForTheInstructorOnly() throws Exception {
        String source = "int x = 1;\n// BEGIN HIDDEN CHECKS\nSystem.out.println(x);\n// END HIDDEN CHECKS\nx";
        assertEquals("int x = 1;\nx", student(source));
        assertEquals("int x = 1;\nSystem.out.println(x);\nx", instructor(source));
    }

    @Test
    void markdownAnswers() throws Exception {
        String source = "**Question.** Why?\n\n<!-- BEGIN SOLUTION -->\nBecause.\n<!-- END SOLUTION -->\nNext.";
        assertEquals("**Question.** Why?\n\n" + ExerciseBuilder.ANSWER_HERE + "\nNext.",
                ExerciseBuilder.markdown(source, "x", true));
        assertEquals("**Question.** Why?\n\nBecause.\nNext.", ExerciseBuilder.markdown(source, "x", false));
    }

    @Test
    void badMarkersAreReportedWithCellAndLine() {
        NotebookException open = assertThrows(NotebookException.class,
                () -> student("int a = 1;\n// BEGIN SOLUTION\nint b = 2;"));
        assertEquals("x.ipynb, cell 2, line 2: the solution region is never closed; add \"// END SOLUTION\".",
                open.getMessage());
        NotebookException stray = assertThrows(NotebookException.class, () -> student("int a = 1;\n// END SOLUTION"));
        assertTrue(stray.getMessage().startsWith("x.ipynb, cell 2, line 2: \"// END SOLUTION\" has no matching BEGIN"),
                stray.getMessage());
        NotebookException nested = assertThrows(NotebookException.class,
                () -> student("// BEGIN SOLUTION\n// BEGIN HIDDEN CHECKS\n// END HIDDEN CHECKS\n// END SOLUTION"));
        assertTrue(nested.getMessage().contains("line 2: a region begins inside the region opened on line 1"),
                nested.getMessage());
        NotebookException var = assertThrows(NotebookException.class,
                () -> student("// BEGIN SOLUTION\nvar m = Map.of();\n// END SOLUTION"));
        assertTrue(var.getMessage().contains("line 2: a stub for \"var m\" cannot be derived"), var.getMessage());
        NotebookException nothing = assertThrows(NotebookException.class,
                () -> student("// BEGIN SOLUTION\nfixed[0][1] = 2;\n// END SOLUTION"));
        assertTrue(nothing.getMessage().contains("declares nothing"), nothing.getMessage());
        assertThrows(NotebookException.class, () -> ExerciseBuilder.markdown("<!-- BEGIN SOLUTION -->\nx", "x", true));
    }

    @Test
    void bothVersionsLoseOutputsAndKeepCellIds() throws Exception {
        Notebook source = Notebook.parse("""
                {"cells": [
                 {"cell_type": "markdown", "id": "m1", "metadata": {}, "source": "<!-- BEGIN SOLUTION -->\\nYes.\\n<!-- END SOLUTION -->"},
                 {"cell_type": "code", "id": "c1", "metadata": {}, "execution_count": 3,
                  "outputs": [{"output_type": "stream", "name": "stdout", "text": "old"}],
                  "source": "// BEGIN SOLUTION\\nint x = 2;\\n// END SOLUTION\\nx"}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "src.ipynb");
        ExerciseBuilder.Versions v = ExerciseBuilder.build(source);
        assertEquals("// YOUR CODE HERE\nint x = 0;\nx", v.student().cells().get(1).source());
        assertEquals("int x = 2;\nx", v.instructor().cells().get(1).source());
        assertEquals(ExerciseBuilder.ANSWER_HERE, v.student().cells().get(0).source());
        for (Notebook n : java.util.List.of(v.student(), v.instructor())) {
            assertEquals("c1", n.cells().get(1).id());
            assertTrue(n.cells().get(1).outputs().isEmpty());
            assertEquals(null, n.cells().get(1).executionCount());
            NbformatSchema.assertValid(n.toJson());
        }
        assertEquals("// BEGIN SOLUTION\nint x = 2;\n// END SOLUTION\nx", source.cells().get(1).source(),
                "the source is left as it was");
    }
}

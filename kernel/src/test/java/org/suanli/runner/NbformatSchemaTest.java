package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executed notebooks are valid against Jupyter's own nbformat 4.5 schema. */
class NbformatSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theValidatorRejectsWhatJupyterWouldReject() {
        String valid = "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        assertTrue(NbformatSchema.problems(valid).isEmpty());
        // a cell without an id, and an output with a misspelled type
        String invalid = "{\"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, \"source\": \"\", "
                + "\"execution_count\": null, \"outputs\": [{\"output_type\": \"display\"}]}], \"metadata\": {}, "
                + "\"nbformat\": 4, \"nbformat_minor\": 5}";
        assertFalse(NbformatSchema.problems(invalid).isEmpty());
        String transientKey = "{\"cells\": [{\"cell_type\": \"code\", \"id\": \"a\", \"metadata\": {}, \"source\": \"\", "
                + "\"execution_count\": 1, \"outputs\": [{\"output_type\": \"display_data\", \"data\": {}, "
                + "\"metadata\": {}, \"transient\": {\"display_id\": \"x\"}}]}], \"metadata\": {}, "
                + "\"nbformat\": 4, \"nbformat_minor\": 5}";
        assertFalse(NbformatSchema.problems(transientKey).isEmpty(), "nbformat 4.5 forbids transient in a stored output");
    }

    @Test
    void executedNotebooksWithEveryKindOfOutputAreValid() throws Exception {
        Path nb = TestNotebooks.write(dir, "all.ipynb", cell("md:# 全部 outputs"),
                cell("print out\neprint err\nresult 1"), cell("png\nhtml <table><tr><td>1</td></tr></table>"),
                cell("display d1 first"), cell("update d1 second"), cell("fail on purpose"), cell(""));
        new NotebookRunner(folder -> new ScriptedInterpreter(), RunListener.NONE).run(List.of(nb),
                new NotebookRunner.Options(dir.resolve("out"), false, true, null, Map.of(), false));
        String json = Files.readString(dir.resolve("out/all.ipynb"), StandardCharsets.UTF_8);
        NbformatSchema.assertValid(json);
        for (String type : List.of("\"stream\"", "\"display_data\"", "\"execute_result\"", "\"error\"")) {
            assertTrue(json.contains("\"output_type\": " + type), type);
        }
    }

    @Test
    void theRoundTripFixtureIsValidToo() throws Exception {
        String json = new String(getClass().getResourceAsStream("/runner/roundtrip.ipynb").readAllBytes(),
                StandardCharsets.UTF_8);
        NbformatSchema.assertValid(Notebook.parse(json, "roundtrip.ipynb").toJson());
    }
}

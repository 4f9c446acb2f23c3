package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Every table the shipped notebooks show says where its numbers come from (issue 15: "every table the toolkit renders
 * carries a provenance caption"): each rendered Tablesaw table in the committed outputs has the kernel's provenance
 * caption, which only a toolkit annotation puts there.
 */
class ShippedTableCaptionsTest {

    @Test
    void everyTableInTheShippedNotebooksCarriesAProvenanceCaption() throws Exception {
        List<String> missing = new ArrayList<>();
        int tables = 0;
        for (Path nb : ProjectFolder.shippedNotebooks()) {
            for (Cell cell : Notebook.read(nb).cells()) {
                for (JsonObject output : cell.outputs()) {
                    if (!output.has("data") || !output.get("data").isJsonObject()) {
                        continue;
                    }
                    String html = Outputs.mimeText(output.getAsJsonObject("data"), "text/html");
                    if (html == null || !html.contains("<table class=\"suanli-table\">")) {
                        continue;
                    }
                    tables++;
                    if (!html.contains("class=\"suanli-provenance\"")) {
                        int at = html.indexOf("<caption");
                        String caption = at < 0 ? "" : html.substring(at, Math.min(html.length(), at + 120));
                        missing.add(nb.getFileName() + " cell " + cell.id() + ": " + caption);
                    }
                }
            }
        }
        assertTrue(tables > 20, "the shipped notebooks' tables were found: " + tables);
        assertEquals(List.of(), missing, missing.size() + " of " + tables + " tables have no provenance caption");
    }
}

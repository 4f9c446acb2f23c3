package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's scorecard page as a reviewer sees it, in headless Chromium with no network, after a real
 * {@code suanli run} (JShell, the toolkit, and the toolkit's own {@code scorecard} command): one row per
 * statement, a link that lands on the cell showing the statement, Chinese text intact, and the provenance
 * marks and settings on the notebook's page.
 */
@org.junit.jupiter.api.extension.ExtendWith(InEnglish.class)
class ScorecardPageBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theScorecardPageListsEveryStatementAndItsLinksLandOnTheirCells() throws Exception {
        HeadlessChromium.binary(); // fail fast when Chromium is missing
        JsonObject declaring = cell("System.out.println(\"广东、北京 lead\");");
        JsonObject suanli = new JsonObject();
        JsonArray statements = new JsonArray();
        statements.add("overall.top6");
        suanli.add("statements", statements);
        declaring.getAsJsonObject("metadata").add("suanli", suanli);
        Path nb = TestNotebooks.write(dir, "01-demo.ipynb", cell("md:# 算力 报告演示"), declaring,
                cell("import org.suanli.data.*;\ndisplay(DataFiles.indicators().rows(2023, \"广东\"));"),
                cell("display(org.suanli.index.IndexModel.standard().withBaseYear(2022).run().summary(2023));"),
                cell("System.out.println(\"see app.digitalization_top.\");"));
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("run", nb.toString(), "-o", report.toString(), "--progress", "none");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(java.nio.file.Files.exists(report.resolve("scorecard.html")),
                java.nio.file.Files.readString(report.resolve("index.html")));

        CliRun json = CliRun.of("scorecard", "--json");
        assertTrue(json.exit() == 0 || json.exit() == 1, json.toString());
        JsonArray card = JupyterJson.parse(json.out()).getAsJsonObject().getAsJsonArray("statements");   // {"inputs", "statements"}
        List<String> cellIds = new ArrayList<>();
        for (Cell c : Notebook.read(report.resolve("01-demo.ipynb")).cells()) {
            cellIds.add(c.id());
        }

        JsonObject page = HeadlessChromium.probe(report.resolve("scorecard.html"), dir);
        assertEquals(card.size(), page.get("scorecardRows").getAsInt(), "one row per statement of the scorecard");
        String text = page.get("text").getAsString();
        String quote = null;
        for (JsonElement e : card) {
            if (e.getAsJsonObject().get("id").getAsString().equals("overall.top6")) {
                quote = e.getAsJsonObject().get("quote").getAsString();
            }
        }
        assertNotNull(quote);
        assertTrue(text.contains(quote), "the book's Chinese quote is shown as it is");
        assertTrue(text.contains(card.size() + " statements"), "the totals are in the header");
        JsonObject links = page.getAsJsonObject("statementLinks");
        assertEquals("01-demo.html#cell-" + cellIds.get(1), links.get("overall.top6").getAsString(),
                "the declared cell");
        assertEquals("01-demo.html#cell-" + cellIds.get(4), links.get("app.digitalization_top").getAsString(),
                "the cell whose output shows the id");
        assertEquals(0, page.getAsJsonArray("network").size(), page.get("network").toString());

        String href = links.get("overall.top6").getAsString();
        JsonObject target = HeadlessChromium.probe(report.resolve(href.substring(0, href.indexOf('#'))),
                href.substring(href.indexOf('#') + 1), dir);
        assertEquals("2", target.get("hashTarget").getAsString(), "the link lands on cell 2");
        assertTrue(target.get("marks").getAsInt() > 0, "reconstructed cells carry a visible mark");
        assertEquals("rgb(255, 248, 197)", target.get("markedBackground").getAsString(), "and are tinted");
        List<String> captions = target.getAsJsonArray("captions").asList().stream().map(JsonElement::getAsString).toList();
        assertTrue(captions.stream().anyMatch(c -> c.startsWith("values: ") && c.contains("reconstructed")), captions.toString());
        assertTrue(captions.stream().anyMatch(c -> c.startsWith("computed from values: ")), captions.toString());
        String settings = target.get("settings").getAsString();
        assertTrue(settings.contains("base year") && settings.contains("2022") && settings.contains("standardisation"),
                settings);

        JsonObject index = HeadlessChromium.probe(report.resolve("index.html"), dir);
        assertTrue(index.get("text").getAsString().contains(card.size() + " statements"), index.get("text").getAsString());
    }
}

package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a browser sees it: opened from file:// in headless Chromium, with no network. */
@org.junit.jupiter.api.extension.ExtendWith(InEnglish.class)
class BrowserReportTest {

    @TempDir
    Path dir;

    @Test
    void pagesOpenFromDiskWithEveryImageDecodedAndChineseIntact() throws Exception {
        HeadlessChromium.binary(); // fail fast, before the run, when Chromium is missing
        Files.write(dir.resolve("chart.png"), Base64.getDecoder().decode(ScriptedInterpreter.RED_PNG));
        Path nb = TestNotebooks.write(dir, "01-index.ipynb", cell(HtmlReportTest.MARKDOWN),
                cell("print 广东 1.00\npng\nhtml <table><tr><td>北京</td></tr></table>\nresult 42"),
                cell("png"), cell("fail 数据缺失"));
        Path report = dir.resolve("report");
        new NotebookRunner(folder -> new ScriptedInterpreter(), RunListener.NONE).run(List.of(nb),
                new NotebookRunner.Options(report, false, false, null, Map.of(), true));

        JsonObject page = HeadlessChromium.probe(report.resolve("01-index.html"), dir);
        assertEquals("算力发展指数 Report — 01-index.ipynb", page.get("title").getAsString());
        assertEquals(4, page.get("cells").getAsInt());
        assertEquals(3, page.get("codeCells").getAsInt());
        assertEquals(3, page.get("images").getAsInt(), "the Markdown image and two chart outputs");
        assertEquals(page.get("images").getAsInt(), page.get("decoded").getAsInt(), "every <img> decoded");
        assertEquals(1, page.get("errors").getAsInt());
        assertTrue(page.get("math").getAsInt() >= 3);
        String text = page.get("text").getAsString();
        assertTrue(text.contains("算力发展指数 Report") && text.contains("广东 1.00") && text.contains("北京")
                && text.contains("数据缺失"), text);
        assertEquals(0, page.getAsJsonArray("network").size(), "the page loads nothing: " + page.get("network"));

        JsonObject index = HeadlessChromium.probe(report.resolve("index.html"), dir);
        assertEquals("Suanli report", index.get("title").getAsString());
        assertEquals(1, index.get("rows").getAsInt());
        assertTrue(index.get("text").getAsString().contains("01-index.ipynb"));
        assertTrue(index.get("text").getAsString().contains("数据缺失"), "the failure is named on the index");
    }

    /** The same through the real engine: the chart is XChart's PNG from the kernel's renderer. */
    @Test
    void aJShellRunReportShowsItsChart() throws Exception {
        HeadlessChromium.binary();
        Path nb = CliRun.copy("ok.ipynb", dir.resolve("nb"));
        Path report = dir.resolve("report");
        CliRun run = CliRun.of("run", nb.toString(), "-o", report.toString(), "--progress", "none");
        assertEquals(0, run.exit(), run.toString());
        JsonObject page = HeadlessChromium.probe(report.resolve("ok.html"), dir);
        assertEquals("算力指数 Demo — ok.ipynb", page.get("title").getAsString());
        assertEquals(5, page.get("cells").getAsInt());
        assertEquals(1, page.get("images").getAsInt(), "the XChart chart");
        assertEquals(1, page.get("decoded").getAsInt(), "the chart decoded");
        String text = page.get("text").getAsString();
        assertTrue(text.contains("华东 31") && text.contains("表格 粗体") && text.contains("a warning")
                && text.contains("广东"), text);
        assertEquals(0, page.getAsJsonArray("network").size(), page.get("network").toString());
    }
}

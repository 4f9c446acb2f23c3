package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    static final String MARKDOWN = """
            md:# 算力发展指数 Report

            本节计算**综合指数**，see [the AHP notebook](02-ahp.ipynb#weights).

            | 省份 | 指数 |
            |------|-----:|
            | 广东 | 1.00 |

            Consistency: $CR = \\frac{CI}{RI} < 0.1$ with $\\lambda_{max}$, and it costs $5 or $6.

            $$w_i = \\prod_{j=1}^{n} a_{ij}^{1/n}$$

            ![local chart](chart.png)

            ```java
            var x = "$not math$";
            ```
            """;

    @Test
    void thePageIsSelfContainedAndShowsEverything() throws Exception {
        Files.write(dir.resolve("chart.png"), Base64.getDecoder().decode(ScriptedInterpreter.RED_PNG));
        Path nb = TestNotebooks.write(dir, "01-index.ipynb", cell(MARKDOWN),
                cell("print 广东 1.00\neprint warning\npng\nhtml <table><tr><td>北京</td></tr></table>\nresult 42"),
                cell("fail boom"));
        new NotebookRunner(folder -> new ScriptedInterpreter(), RunListener.NONE).run(List.of(nb),
                new NotebookRunner.Options(dir.resolve("report"), false, false, null, java.util.Map.of(), true));
        String page = Files.readString(dir.resolve("report/01-index.html"));
        assertTrue(page.contains("<title>算力发展指数 Report — 01-index.ipynb</title>"), page.substring(0, 400));
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains("<strong>综合指数</strong>"));
        assertTrue(page.contains("href=\"02-ahp.html#weights\""), "links to notebooks point at their pages");
        assertTrue(page.contains("<th>省份</th>") && page.contains("<td align=\"right\">1.00</td>"), "GFM table");
        assertTrue(page.contains("<span class=\"math-frac\"><span class=\"math-num\"><i>C</i><i>I</i></span>"), "inline math");
        assertTrue(page.contains("<i>λ</i>") || page.contains("λ<sub>"), "Greek letters");
        assertTrue(page.contains("costs $5 or $6"), "dollar amounts are not mathematics");
        assertTrue(page.contains("class=\"math math-display\""));
        assertTrue(page.contains("var x = &quot;$not math$&quot;;"), "code blocks are left alone");
        assertTrue(page.contains("src=\"data:image/png;base64,"), "images are inline");
        assertTrue(page.contains("<td>北京</td>"), "HTML outputs in place");
        assertTrue(page.contains("class=\"output output-stream stderr\""));
        assertTrue(page.contains("Out[1]:"));
        assertTrue(page.contains("<span class=\"ansi-red\">java.lang.IllegalStateException</span>: boom"), "errors visible");
        assertTrue(page.contains("class=\"failure-banner\""));
        assertTrue(page.contains("<span class=\"tok-keyword\">var</span>") || page.contains("tok-"), "code is highlighted");
        assertNoExternalResources(page);
        String index = Files.readString(dir.resolve("report/index.html"));
        assertTrue(index.contains("<a href=\"01-index.html\">01-index.ipynb</a><div class=\"nb-title\">算力发展指数 Report</div>"),
                index);
        assertTrue(index.contains("status-failed"));
        assertNoExternalResources(index);
    }

    /** No src/href that would need a network or a file beside the page (links to other pages are fine). */
    static void assertNoExternalResources(String html) {
        Matcher m = Pattern.compile("\\b(src|href)=\"([^\"]*)\"").matcher(html);
        List<String> bad = new ArrayList<>();
        while (m.find()) {
            String url = m.group(2);
            boolean ok = m.group(1).equals("src") ? url.startsWith("data:")
                    : url.startsWith("#") || url.endsWith(".html") || url.contains(".html#") || url.endsWith(".ipynb");
            if (!ok) {
                bad.add(m.group(0));
            }
        }
        assertEquals(List.of(), bad);
        assertFalse(html.contains("<link rel=\"stylesheet\""));
        assertFalse(html.contains("<script src"));
    }

    @Test
    void javaHighlightingKeepsEveryCharacter() {
        String source = "%maven org.x:y:1\nimport java.util.*; // 注释\n@Deprecated var s = \"a\\\"b\" + 'c' + 0x1F + 1.5e-3;\n"
                + "String t = \"\"\"\n  block \"\"\";\n/* open comment";
        String html = JavaHighlighter.highlight(source);
        String text = html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals(source, text);
        assertTrue(html.contains("<span class=\"tok-magic\">%maven org.x:y:1</span>"));
        assertTrue(html.contains("<span class=\"tok-comment\">// 注释</span>"));
        assertTrue(html.contains("<span class=\"tok-keyword\">import</span>"));
        assertTrue(html.contains("<span class=\"tok-string\">&quot;a\\&quot;b&quot;</span>"));
        assertTrue(html.contains("<span class=\"tok-number\">1.5e-3</span>"));
        assertTrue(html.contains("<span class=\"tok-annotation\">@Deprecated</span>"));
        assertTrue(html.contains("<span class=\"tok-class\">String</span>"));
    }

    @Test
    void latexBecomesReadableHtml() {
        assertEquals("<span class=\"math\" title=\"x^2\" data-tex=\"x^2\"><i>x</i><sup>2</sup></span>",
                MathHtml.render("x^2", false));
        String cr = MathHtml.render("CI = \\frac{\\lambda_{\\max} - n}{n - 1}", false);
        assertTrue(cr.contains("λ<sub><span class=\"math-fn\">max</span>"), cr);
        assertTrue(cr.contains("math-frac"));
        assertTrue(MathHtml.render("\\unknowncmd{x}", false).contains("\\unknowncmd"), "unknown commands stay visible");
        assertTrue(MathHtml.renderLatexOutput("$$\\sum_i w_i = 1$$").contains("∑<sub><i>i</i></sub>"));
    }

    @Test
    void ansiColoursBecomeSpans() {
        assertEquals("<span class=\"ansi-red ansi-bold\">Err</span>: x &lt;y&gt;",
                HtmlText.ansiToHtml("\u001B[1;31mErr\u001B[0m: x <y>"));
    }
}

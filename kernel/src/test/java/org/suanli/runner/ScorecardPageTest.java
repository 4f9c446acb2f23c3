package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The scorecard page's data: the JSON contract, the totals, the basis column and the statement→cell links. */
@org.junit.jupiter.api.extension.ExtendWith(InEnglish.class)
class ScorecardPageTest {

    private static final String JSON = """
            [{"id": "a.one", "status": "holds", "section": "3.(三)1", "expected": "1", "actual": "1", "basis": "independent",
              "quote": "广东排名第一"},
             {"id": "a.one.threshold", "status": "fails", "expected": "≥ 35", "actual": "34"},
             {"id": "cap.x", "status": "not_evaluated", "note": "needs <data>"}]
            """;

    private static Notebook notebook(String json) throws Exception {
        return Notebook.parse(json, "test.ipynb");
    }

    @Test
    void totalsAndSummaryCountEachStatus() {
        ScorecardRows card = ScorecardRows.parse(JSON, "test");
        assertEquals(Map.of("holds", 1, "fails", 1, "not_evaluated", 1), card.totals());
        assertEquals("3 statements: 1 hold, 1 fail, 1 not evaluated yet", card.summary());
    }

    @Test
    void aFieldTheJsonDoesNotGiveIsShownAsADash() {
        String html = ScorecardPage.html(ScorecardRows.parse(JSON, "test"), Map.of(), "");
        assertTrue(html.contains("<td class=\"basis\">independent</td>"), html);
        assertEquals(2, html.split("<td class=\"basis\"><span class=\"missing\">—</span></td>", -1).length - 1);
        assertTrue(html.contains("needs &lt;data&gt;"), "notes are escaped");
        assertTrue(html.contains("「广东排名第一」"));
    }

    @Test
    void badJsonIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> ScorecardRows.parse("{\"id\": 1}", "t"));
        assertThrows(IllegalArgumentException.class, () -> ScorecardRows.parse("[{\"status\": \"holds\"}]", "t"));
        assertThrows(IllegalArgumentException.class, () -> ScorecardRows.parse("[", "t"));
    }

    @Test
    void linksPreferADeclaringCellAndMatchWholeIdsOnly() throws Exception {
        Notebook nb = notebook("""
                {"cells": [
                  {"cell_type": "code", "id": "shows", "metadata": {}, "execution_count": 1, "source": "x",
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": "a.one.threshold fails; a.one."}]},
                  {"cell_type": "code", "id": "declares", "metadata": {"suanli": {"statements": ["cap.*"]}},
                   "execution_count": 2, "source": "y", "outputs": []},
                  {"cell_type": "code", "id": "later", "metadata": {"suanli": {"statements": ["a.one"]}},
                   "execution_count": 3, "source": "z", "outputs": []}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        Map<String, StatementLinks.Link> links = StatementLinks.find(List.of("a.one", "a.one.threshold", "cap.x", "b.none"),
                List.of(new StatementLinks.Page("nb.ipynb", "nb.html", nb)));
        assertEquals("nb.html#cell-later", links.get("a.one").href(), "a declaring cell beats an earlier output");
        assertEquals("nb.html#cell-shows", links.get("a.one.threshold").href());
        assertEquals("nb.html#cell-declares", links.get("cap.x").href(), "a trailing * covers a prefix");
        assertFalse(links.containsKey("b.none"), "no cell shows it, so no link");
        assertTrue(links.get("cap.x").declared());
    }
}

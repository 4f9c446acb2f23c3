package org.suanli.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Provenance on what the toolkit shows, through the real engine: the toolkit's annotator (found through
 * META-INF/suanli/display-annotators) gives a table its caption and marks its reconstructed cells, and an index
 * result its settings. The expected counts are computed in the cell by another route (the observations).
 */
class ProvenanceDisplayTest extends SharedEngineTest {

    private static final Pattern MARK = Pattern.compile("<sup class=\"suanli-mark\">r</sup>");

    @Test
    void aDataTableSaysWhereItsValuesComeFromAndMarksTheReconstructedCells() {
        RecordingSink s = run("""
                import org.suanli.data.*;
                IndicatorData data = DataFiles.indicators();
                var shown = data.rows(2023, "广东");
                long reconstructed = data.observations().stream().filter(o -> o.year() == 2023
                        && o.province().shortZh().equals("广东") && o.provenance() == Provenance.RECONSTRUCTED).count();
                long stated = data.observations().stream().filter(o -> o.year() == 2023
                        && o.province().shortZh().equals("广东") && o.provenance() == Provenance.STATED).count();
                System.out.println(shown.rowCount() + " " + stated + " " + reconstructed);
                display(shown);
                """);
        assertNull(s.error(), s.errorText());
        String[] expected = s.stdout().strip().split(" ");
        int rows = Integer.parseInt(expected[0]);
        assertTrue(rows <= TablesawRenderer.rowLimit(), "every row is shown, so every mark can be counted: " + rows);
        DisplayData d = s.of("display").get(0).data();
        String html = (String) d.get("text/html");
        Matcher m = MARK.matcher(html);
        int marks = 0;
        while (m.find()) {
            marks++;
        }
        assertEquals(Integer.parseInt(expected[2]), marks, html);
        assertTrue(Integer.parseInt(expected[2]) > 0, "广东 2023 has reconstructed values in the shipped data");
        @SuppressWarnings("unchecked")
        Map<String, Object> suanli = (Map<String, Object>) d.metadata().get("suanli");
        String caption = (String) suanli.get("caption");
        // the kernel's default language is Chinese, the book's: "数值：5 个书中数值、12 个重构；标记 r：重构"
        assertTrue(caption.startsWith("数值："), caption);
        assertTrue(caption.contains(expected[2] + " 个重构"), caption + " vs " + String.join(" ", expected));
        if (!expected[1].equals("0")) {
            assertTrue(caption.contains(expected[1] + " 个书中数值"), caption);
        }
        assertTrue(html.contains("<span class=\"suanli-provenance\">" + caption.replace("<", "&lt;") + "</span>"), html);
        assertTrue(((String) d.get("text/plain")).endsWith(caption), "the plain text ends with the caption too");
    }

    @Test
    void anIndexTableCarriesItsSettingsAndWhatItWasComputedFrom() {
        RecordingSink s = run("""
                import org.suanli.index.*;
                var result = IndexModel.standard().withBaseYear(2022).run();
                display(result.summary(2023));
                """);
        assertNull(s.error(), s.errorText());
        DisplayData d = s.of("display").get(0).data();
        @SuppressWarnings("unchecked")
        Map<String, Object> suanli = (Map<String, Object>) d.metadata().get("suanli");
        assertTrue(((String) suanli.get("caption")).startsWith("由以下数值计算："), suanli.toString());
        @SuppressWarnings("unchecked")
        Map<String, String> settings = (Map<String, String>) suanli.get("settings");
        assertEquals("2022", settings.get("base year"), settings.toString());
        assertTrue(settings.containsKey("standardisation") && settings.containsKey("weights"), settings.toString());
    }

    @Test
    void aTableTheToolkitDidNotMakeHasNoCaption() {
        RecordingSink s = run("""
                import tech.tablesaw.api.*;
                display(Table.create("mine", StringColumn.create("a", "x")));
                """);
        assertNull(s.error(), s.errorText());
        DisplayData d = s.of("display").get(0).data();
        assertNull(d.metadata().get("suanli"));
        assertTrue(!((String) d.get("text/html")).contains("suanli-provenance"));
    }

    @Test
    void inEnglishATableIsShownWithEnglishProvinceNamesAndKeepsItsCaptionAndMarks() {
        RecordingSink s = run("""
                import org.suanli.data.*;
                var zhRows = DataFiles.indicators().rows(2023, "广东");
                display(zhRows);
                Language.use(Language.EN);
                try {
                    var enRows = DataFiles.indicators().rows(2023, "广东");
                    display(enRows);
                    System.out.println(enRows.stringColumn("province").get(0));
                } finally {
                    Language.reset();
                }
                """);
        assertNull(s.error(), s.errorText());
        assertEquals("广东", s.stdout().strip(), "the user's table keeps the data's keys");
        String zh = (String) s.of("display").get(0).data().get("text/html");
        String en = (String) s.of("display").get(1).data().get("text/html");
        assertTrue(zh.contains("<td>广东</td>"), zh);
        assertTrue(en.contains("<td>Guangdong</td>") && !en.contains("<td>广东</td>"), en);
        int zhMarks = 0;
        int enMarks = 0;
        for (Matcher m = MARK.matcher(zh); m.find(); ) {
            zhMarks++;
        }
        for (Matcher m = MARK.matcher(en); m.find(); ) {
            enMarks++;
        }
        assertTrue(zhMarks > 0 && zhMarks == enMarks, "the marks said of the table fit the copy shown: " + zhMarks + " vs " + enMarks);
        assertTrue(en.contains("<span class=\"suanli-provenance\">values: "), "the caption is kept, in English: " + en);
    }
}

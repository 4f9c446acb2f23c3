package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.suanli.runner.TestNotebooks.cell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang zh|en}: the report's own strings exist in both languages, {@code --lang en} gives a report with no
 * CJK character, and the property reaches the code the notebooks run (which is how the toolkit's charts and tables
 * learn it).
 */
class ReportLanguageTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheLanguage() {
        System.clearProperty("suanli.lang");
        System.clearProperty("suanli.province.names");
    }

    @Test
    void provinceNamesAreAskedForWithZhOrEnAndAnythingElseIsAUsageError() {
        CliRun run = CliRun.of("--province-names", "pinyin", "run", dir.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("--province-names must be en") && run.err().contains("pinyin"), run.toString());
    }

    /** Han, kana, hangul, CJK punctuation and full-width forms: what an English reader must not meet. */
    static int firstCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static void assertNoCjk(String text, String where) {
        int i = firstCjk(text);
        assertEquals(-1, i, () -> where + " has a CJK character at " + i + ": …"
                + text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 20)) + "…");
    }

    @Test
    void everyReportTextHasBothLanguagesAndTheEnglishIsFreeOfCjk() {
        assertTrue(ReportText.TEXT.size() >= 20, "the table lists the report's strings: " + ReportText.TEXT.size());
        for (Map.Entry<String, String[]> e : ReportText.TEXT.entrySet()) {
            String zh = e.getValue()[0];
            String en = e.getValue()[1];
            assertFalse(zh.isBlank() || en.isBlank(), e.getKey());
            assertNoCjk(en, "the English text of " + e.getKey());
            assertEquals(zh.chars().filter(c -> c == '%').count(), en.chars().filter(c -> c == '%').count(),
                    "both texts of " + e.getKey() + " take the same arguments");
        }
        assertTrue(firstCjk(ReportText.TEXT.get("index.title")[0]) >= 0, "the Chinese title is Chinese");
        System.setProperty("suanli.lang", "en");
        assertEquals("3 failed.", ReportText.get("index.failed", 3));
        System.setProperty("suanli.lang", "zh");
        assertEquals("3 个失败。", ReportText.get("index.failed", 3));
        System.clearProperty("suanli.lang");
        assertEquals("算力报告", ReportText.get("index.title"), "Chinese is the default");
    }

    private Path notebook() throws Exception {
        // no CJK in the notebook itself, so every CJK character in the English report would be the report's own
        return TestNotebooks.write(dir, "lang.ipynb", cell("md:# Language probe"),
                cell("System.out.println(\"lang=\" + System.getProperty(\"suanli.lang\"));"),
                cell("throw new IllegalStateException(\"no data\");"));
    }

    /** Runs the probe notebook with the given language arguments and returns the report folder. */
    private Path report(String name, String... args) throws Exception {
        Path nb = notebook();
        Path report = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(nb.toString(), "-o", report.toString(), "--allow-errors", "--progress", "plain"));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exit(), run.toString());
        return report;
    }

    @Test
    void langEnGivesAnEnglishReportAndReachesTheNotebook() throws Exception {
        Path report = report("report-en", "--lang", "en", "run");
        String executed = Files.readString(report.resolve("lang.ipynb"), StandardCharsets.UTF_8);
        assertTrue(executed.contains("lang=en"), executed);
        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        String page = Files.readString(report.resolve("lang.html"), StandardCharsets.UTF_8);
        assertNoCjk(index, "index.html");
        assertNoCjk(page, "lang.html");
        assertTrue(index.contains("<title>Suanli report</title>") && index.contains("<th>Notebook</th>")
                && index.contains("ran, with errors (allowed)") && index.contains("<html lang=\"en\">"), index);
        assertTrue(page.contains("Written by <code>suanli</code>"), page);
    }

    @Test
    void langZhGivesAChineseReportAndTheOptionMayFollowTheCommand() throws Exception {
        Path report = report("report-zh", "run", "--lang", "zh");
        assertTrue(Files.readString(report.resolve("lang.ipynb"), StandardCharsets.UTF_8).contains("lang=zh"));
        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        String page = Files.readString(report.resolve("lang.html"), StandardCharsets.UTF_8);
        for (String key : new String[] {"index.title", "column.notebook", "column.status", "column.cells",
                "column.duration", "column.problem", "status.errors", "index.allRan", "html.lang"}) {
            assertTrue(index.contains(ReportText.TEXT.get(key)[0]), key + " in Chinese:\n" + index);
        }
        assertTrue(page.contains(ReportText.TEXT.get("back")[0]) || !page.contains("index.html"), page);
        assertTrue(page.contains("由 <code>suanli</code> 根据"), page);
        assertNotEquals(-1, firstCjk(index));
    }

    @Test
    void anUnknownLanguageIsAUsageErrorThatNamesTheChoices() {
        CliRun run = CliRun.of("--lang", "fr", "run", dir.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("--lang must be zh (Chinese, the default) or en (English), not 'fr'"), run.toString());
        assertEquals(null, System.getProperty("suanli.lang"));
    }
}

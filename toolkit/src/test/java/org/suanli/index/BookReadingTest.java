package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;
import org.suanli.data.Direction;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.Status;

class BookReadingTest {

    @Test
    void theScaleIsARatioToTheBaseYearMaximumDividedByK() {
        // R = 40 / 2 = 20: the base year's 10, 20, 40 score 50, 100, 200; a later 80 scores 400 (never re-anchored).
        Standardiser.Fitted f = new Standardiser.RatioToFixedReference(2).fit(new double[] {10, 20, 40}, List.of("a", "b", "c"), Direction.POSITIVE);
        assertArrayEquals(new double[] {50, 100, 200, 400}, new double[] {f.apply(10), f.apply(20), f.apply(40), f.apply(80)}, 1e-12);
        // For a negative indicator the best is the smallest (4): R = 4·k = 8, score R / x × 100.
        Standardiser.Fitted n = new Standardiser.RatioToFixedReference(2).fit(new double[] {4, 8, 16}, List.of("a", "b", "c"), Direction.NEGATIVE);
        assertEquals(200, n.apply(4), 1e-12);
        assertEquals(50, n.apply(16), 1e-12);
        // k = 1 is ratio to max.
        Standardiser.Fitted one = new Standardiser.RatioToFixedReference(1).fit(new double[] {3, 6}, List.of("a", "b"), Direction.POSITIVE);
        assertEquals(50, one.apply(3), 1e-12);
    }

    @Test
    void aNonPositiveKIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Standardiser.RatioToFixedReference(0));
        assertTrue(e.getMessage().contains("positive") && e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Standardiser.RatioToFixedReference(Double.NaN));
    }

    @Test
    void everyScoreScalesWithKSoRanksDoNotDependOnIt() {
        IndexModel m = IndexModel.standard();
        IndexResult a = m.withChoices(BookReading.shipped().withK(1, 1, 1).choices()).run();
        IndexResult b = m.withChoices(BookReading.shipped().withK(2, 2, 2).choices()).run();
        for (String p : a.provinces()) {
            assertEquals(2 * a.composite(2023, p), b.composite(2023, p), 1e-9);
            assertEquals(a.rank(2023, p, "index"), b.rank(2023, p, "index"));
        }
    }

    @Test
    void theDefaultIsTheBookReadingWithItsBaseYearAndKInTheSettings() {
        IndexChoices c = IndexChoices.defaults();
        assertEquals(IndexChoices.bookReading(), c);
        assertEquals(2022, c.baseYear());
        String settings = String.join("\n", c.describe());
        assertTrue(settings.contains("k = 1.727"), settings);
        assertTrue(settings.contains("anchored to base year 2022"), settings);
        assertTrue(settings.contains("fitted on industry.guangdong_score, overall.top6.threshold"), settings);
    }

    @Test
    void theShippedDeclarationEqualsTheBundledCopy() throws Exception {
        Path file = DataFiles.path("calibration.json");
        try (InputStream in = BookReading.class.getResourceAsStream(BookReading.RESOURCE)) {
            assertEquals(Files.readString(file), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "copy data/calibration.json to toolkit/src/main/resources" + BookReading.RESOURCE);
        }
    }

    /** The recorded k is what the declared rule gives on the shipped data; re-fit and update the file if this fails. */
    @Test
    void theRecordedKIsTheFitOfTheDeclaredRule() {
        BookReading declared = BookReading.shipped();
        Calibration.Fit fit = Calibration.fit(IndexModel.standard(), declared);
        assertEquals(declared.k(), fit.k(), 1e-12, fit.summary());
        assertEquals(declared.holdsFrom(), fit.holdsFrom(), 1e-12, fit.summary());
        assertEquals(declared.holdsTo(), fit.holdsTo(), 1e-12, fit.summary());
        // On data/indicators.csv of reconstruction v2 the two calibration statements never hold together (广东's
        // industry falls 113 → 106, not 近110 → 96), so the most is one; just outside the run, fewer hold.
        assertEquals(1, fit.maxHolds(), fit.summary());
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        assertEquals(fit.maxHolds(), holds(ev, declared, fit.k()));
        assertTrue(holds(ev, declared, fit.holdsFrom() - declared.searchStep()) < fit.maxHolds());
        assertTrue(holds(ev, declared, fit.holdsTo() + declared.searchStep()) < fit.maxHolds());
        assertEquals((int) Math.round((declared.searchTo() - declared.searchFrom()) / declared.searchStep()) + 1, fit.curve().rowCount());
    }

    private static int holds(IndexStatementEvaluator ev, BookReading d, double k) {
        IndexResult r = IndexModel.standard().withChoices(d.withK(k, k, k).choices()).run();
        int h = 0;
        for (Statement s : IndexScorecard.indexStatements()) {
            if (d.isCalibration(s.id()) && ev.evaluate(s, ScorecardContext.of(IndexResult.class, r)).status() == Status.HOLDS) {
                h++;
            }
        }
        return h;
    }

    @Test
    void aCalibrationStatementTheIndexDoesNotCheckIsRefused() {
        BookReading d = new BookReading(2022, 1.5, 1.5, 1.5, List.of("econ.slope_gdp"), 1, 1.01, 0.01, "test.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Calibration.fit(IndexModel.standard(), d));
        assertTrue(e.getMessage().contains("econ.slope_gdp") && e.getMessage().contains("test.json"), e.getMessage());
    }

    @Test
    void aBrokenDeclarationNamesWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BookReading.parse(new StringReader("{\"base_year\": 2022}"), "my.json"));
        assertTrue(e.getMessage().startsWith("my.json") && e.getMessage().contains("calibration_statements"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BookReading.parse(new StringReader("[1]"), "my.json"));
    }

    @Test
    void aBaseYearMissingFromTheDataIsAnError() {
        IndexModel m = IndexModel.standard().withBaseYear(2019);
        StandardisationException e = assertThrows(StandardisationException.class, m::run);
        assertTrue(e.getMessage().contains("base year 2019") && e.getMessage().contains("[2022, 2023]")
                && e.getMessage().contains("withoutBaseYear()"), e.getMessage());
    }
}

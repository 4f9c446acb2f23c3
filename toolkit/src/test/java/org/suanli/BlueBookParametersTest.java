package org.suanli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.ahp.AhpHierarchy;
import org.suanli.data.CsvFormatException;
import org.suanli.data.Language;
import org.suanli.index.IndexChoices;
import org.suanli.index.IndexResult;
import org.suanli.index.Standardiser;
import org.suanli.index.Weights;

/**
 * The notebooks' parameters (override, weights, method, lang) reach the index through the front door: each one changes
 * exactly what it names, an empty or default value changes nothing, and a bad value is refused with the choices.
 */
class BlueBookParametersTest {

    static final BlueBook BOOK = BlueBook.standard();

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void defaultParametersGiveTheStandardRunNumberForNumber() {
        BlueBook same = BOOK.withOverrides("").withWeights("ahp").withMethod("book").in("zh");
        IndexResult a = BOOK.index().run();
        IndexResult b = same.index().run();
        for (String p : a.provinces()) {
            assertEquals(a.value(2023, p, "index"), b.value(2023, p, "index"), 0.0, p);
        }
        assertEquals(BOOK.scorecard().totals().text(), same.scorecard().totals().text());
    }

    @Test
    void methodSwapsTheStandardisationAndStandardisesEachYearOnItself() {
        IndexChoices c = BOOK.withMethod("percentile").choices();
        assertEquals(Standardiser.percentile(org.suanli.index.TieRule.AVERAGE).label(), c.standardiser().label());
        assertEquals(null, c.baseYear());
        IndexChoices book = BOOK.withMethod("book").choices();
        assertTrue(book.standardiser() instanceof Standardiser.RatioToFixedReference);
        assertEquals(IndexChoices.bookReading().baseYear(), book.baseYear());
        // a percentile score lies in [0, 100]; the book reading lets 2023's leaders pass 100
        IndexResult pct = BOOK.withMethod("percentile").index().run();
        for (String p : pct.provinces()) {
            double v = pct.value(2023, p, "index");
            assertTrue(v >= 0 && v <= 100, p + " " + v);
        }
    }

    @Test
    void anUnknownMethodIsRefusedWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BOOK.withMethod("percentil"));
        assertTrue(e.getMessage().contains("'percentil'") && e.getMessage().contains("percentile")
                && e.getMessage().contains("z-score"), e.getMessage());
        assertEquals("book", IndexChoices.methodNames().get(0));
    }

    @Test
    void equalWeightsGiveEachIndicatorItsShareOfItsDimension() {
        BlueBook equal = BOOK.withWeights("equal");
        IndexResult r = equal.index().run();
        IndexResult ahp = BOOK.index().run();
        String p = r.provinces().get(0);
        assertNotEquals(ahp.value(2023, p, "index"), r.value(2023, p, "index"));
        // equal weights: the composite is the plain mean of the five dimension scores
        double mean = 0;
        for (String dim : new String[] {"scale", "industry", "technology", "environment", "application"}) {
            mean += r.value(2023, p, dim) / 5;
        }
        assertEquals(mean, r.value(2023, p, "index"), 1e-9);
    }

    @Test
    void aGlobalWeightsFileReproducesTheAhpIndex(@TempDir Path dir) throws Exception {
        // the AHP panel's global weights written to a file must give the AHP index back
        StringBuilder csv = new StringBuilder("node,global_weight\n");
        for (Map.Entry<String, Double> e : AhpHierarchy.standard().globalWeights().entrySet()) {
            csv.append(e.getKey()).append(',').append(e.getValue()).append('\n');
        }
        Path file = dir.resolve("weights.csv");
        Files.writeString(file, csv);
        IndexResult fromFile = BOOK.withWeights(file.toString()).index().run();
        IndexResult ahp = BOOK.index().run();
        for (String p : ahp.provinces()) {
            assertEquals(ahp.value(2023, p, "index"), fromFile.value(2023, p, "index"), 1e-9, p);
        }
        assertTrue(Weights.named(file.toString()).source().contains("weights.csv"));
    }

    @Test
    void badWeightsFilesSayWhatIsWrongAndWhere(@TempDir Path dir) throws Exception {
        Path noKind = dir.resolve("nokind.csv");
        Files.writeString(noKind, "node,weight\nscale,0.2\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> Weights.load(noKind));
        assertTrue(e.getMessage().contains("local_weight") && e.getMessage().contains("global_weight"), e.getMessage());

        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "node,local_weight\nscale,0.2\nindustry,-0.1\n");
        CsvFormatException n = assertThrows(CsvFormatException.class, () -> Weights.load(negative));
        assertTrue(n.getMessage().contains("3") && n.getMessage().contains("-0.1"), n.getMessage());

        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "node,local_weight\nscale,0.2\nscale,0.3\n");
        assertThrows(CsvFormatException.class, () -> Weights.load(twice));

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> BOOK.withWeights("no/such.csv"));
        assertTrue(missing.getMessage().contains("no/such.csv") && missing.getMessage().contains("equal"), missing.getMessage());
    }

    @Test
    void langSetsTheLanguageAndEmptyOverrideKeepsTheBook() {
        BOOK.in("en");
        assertSame(Language.EN, Language.current());
        BOOK.in("zh");
        assertSame(Language.ZH, Language.current());
        assertSame(BOOK, BOOK.withOverrides("  "));
    }

    @Test
    void blankLangLeavesTheRunsLanguageAlone() {
        try {
            Language.reset();
            System.setProperty("suanli.lang", "en");   // as 'suanli --lang en run' sets it
            BOOK.in("");
            assertSame(Language.EN, Language.current(), "a notebook's default lang \"\" must not undo --lang en");
            BOOK.in("zh");
            assertSame(Language.ZH, Language.current(), "-p lang zh wins over --lang");
            assertThrows(IllegalArgumentException.class, () -> BOOK.in("fr"));
        } finally {
            System.clearProperty("suanli.lang");
            Language.reset();
        }
    }
}

package org.suanli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suanli.data.Language;
import org.suanli.index.IndexScorecard;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Status;

import tech.tablesaw.api.Table;

/** The front door's accessors for notebooks 03 and 04, and the index scorecard's totals they print. */
class BlueBookIndexRegionTest {
    private static final BlueBook BOOK = BlueBook.standard();
    private static final Scorecard CARD = BOOK.scorecard();
    private static final List<String> SECTIONS = List.of("overall", "scale", "industry", "tech", "env", "app");

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void scorecardSectionsListTheSectionsStatementsWithTheirBasis() {
        Table t = BOOK.scorecardSections(SECTIONS.toArray(String[]::new));
        assertEquals(List.of("id", "status", "basis", "expected", "actual"), t.columnNames());
        assertEquals(50, t.rowCount());
        assertEquals(CARD.section(SECTIONS.toArray(String[]::new)).entries().size(), t.rowCount());
        assertEquals(6, BOOK.scorecardSections("overall").rowCount());
        assertEquals("overall.top6", t.stringColumn("id").get(0));
        assertEquals("reconstruction", t.stringColumn("basis").get(0));
        assertEquals(6, t.stringColumn("status").countOccurrences(Status.FAILS.label()));
    }

    @Test
    void inEnglishTheGeneratedTextHasNoChineseWords() {
        BOOK.in("en");
        Table t = BOOK.scorecardSections("industry");
        Table zh = CARD.section("industry").tableWithBasis();
        assertEquals(zh.rowCount(), t.rowCount());
        int i = t.stringColumn("id").indexOf("industry.east_above20");
        assertTrue(i >= 0);
        assertFalse(t.stringColumn("expected").get(i).contains("计算产业"), t.stringColumn("expected").get(i));
    }

    @Test
    void indexStatementTotalsAndFailures() {
        assertEquals(21, IndexScorecard.totals(CARD).total());
        assertEquals(15, IndexScorecard.totals(CARD).count(Status.HOLDS));
        assertEquals(6, IndexScorecard.totals(CARD).count(Status.FAILS));
        assertEquals(List.of("overall.yoy_mean_growth", "industry.guangdong_score", "industry.beijing_above50", "env.top6",
                "app.top4", "app.rank5_11"), IndexScorecard.failing(CARD).stream().map(ScorecardEntry::id).toList());
        Scorecard percentile = BOOK.withMethod("percentile").scorecard();
        assertEquals(15, IndexScorecard.totals(percentile).count(Status.HOLDS));
    }
}

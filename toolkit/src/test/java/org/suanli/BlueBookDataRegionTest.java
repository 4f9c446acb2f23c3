package org.suanli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.Language;
import org.suanli.reconstruct.Reconstruction;
import org.suanli.reconstruct.ReconstructionAssumptions;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.Status;

import tech.tablesaw.api.Table;

/** The accessors notebook 01 reads from the front door (BlueBook's region "notebook 01"). */
class BlueBookDataRegionTest {

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void theReconstructionRebuildsTheShippedFileAndAnotherAssumptionMovesIt() {
        BlueBook book = BlueBook.standard();
        Reconstruction r = book.reconstruction();
        assertTrue(r.matchesShippedFile());
        assertEquals(book.data().toCsv(), r.toCsv());
        Reconstruction gdpSplit = book.reconstruction(ReconstructionAssumptions.standard().withoutBeijingComputeLead());
        assertFalse(gdpSplit.matchesShippedFile());
        String server = "server_compute_eflops";
        assertEquals(1.50, r.cell(server, 2023, "北京").value() / r.cell(server, 2023, "广东").value(), 0.005);
        assertEquals(1.05, gdpSplit.cell(server, 2023, "北京").value() / gdpSplit.cell(server, 2023, "广东").value(), 0.005);
    }

    @Test
    void referenceInputsAreTheShippedGdp() {
        assertEquals(137905.4, BlueBook.standard().referenceInputs().gdp2023().get("广东"), 1e-9);
        assertEquals(45222.4, BlueBook.standard().referenceInputs().gdp2022().get("北京"), 1e-9);
    }

    @Test
    void theDataScorecardJudgesTheFactsOnTheDataAlone() {
        Scorecard card = BlueBook.standard().dataScorecard();
        assertEquals(82, card.entries().size());
        assertEquals(43, card.counts().get(Status.HOLDS));
        assertEquals(0, card.counts().get(Status.FAILS));
        assertEquals(Status.NOT_EVALUATED, card.entry("overall.top6").get().status());
    }

    @Test
    void anOverrideReachesTheDataScorecard(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, "year,province,indicator,value,unit,provenance,source\n"
                + "2023,山东,computing_device_output_10k_units,900,万台,official,test\n");
        Scorecard card = BlueBook.standard().withOverrides(mine).dataScorecard();
        assertEquals(41, card.counts().get(Status.HOLDS));
        assertEquals(Status.FAILS, card.entry("industry.shandong_device_rank").get().status());
        assertEquals(Status.FAILS, card.entry("industry.guangdong_devices").get().status());
    }

    @Test
    void scorecardTableOfSectionsHasTheirRowsInTheCurrentLanguage() {
        BlueBook book = BlueBook.standard().in("en");
        Table t = book.scorecardTable("framework", "national");
        assertEquals(25, t.rowCount());
        assertEquals("national.00", t.stringColumn("id").get(0));
        assertEquals(7, t.where(t.stringColumn("id").startsWith("framework.")).rowCount());
        assertEquals(18, t.where(t.stringColumn("id").startsWith("national.")).rowCount());
        assertEquals("holds", t.where(t.stringColumn("id").isEqualTo("framework.counts")).stringColumn("status").get(0));
        assertTrue(t.columnNames().contains("basis"), "a reviewer sees how independent each verdict is");
        String caption = org.suanli.data.ShownProvenance.of(t).orElseThrow().caption();
        assertTrue(caption.startsWith("expected: quoted from the book; actual: computed by this run; basis: "), caption);
        int counted = java.util.regex.Pattern.compile("(\\d+) [a-z]+").matcher(caption.substring(caption.indexOf("basis: ")))
                .results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertEquals(25, counted, "the bases count every row: " + caption);
    }

    @Test
    void scorecardRowsShowOneStatusWithTheCaptionOfThoseRows() {
        BlueBook book = BlueBook.standard();
        org.suanli.scorecard.Scorecard card = book.dataScorecard();
        String caption = org.suanli.data.CaptionCheck.english(
                () -> book.scorecardRows(card, org.suanli.scorecard.Status.HOLDS, "id", "kind", "expected", "actual"),
                "expected: quoted from the book; actual: computed by this run; basis: 3 input, 26 reconstruction, 14 independent");
        Table t = book.scorecardRows(card, org.suanli.scorecard.Status.HOLDS, "id", "kind", "expected", "actual");
        assertEquals(card.withStatus(org.suanli.scorecard.Status.HOLDS).size(), t.rowCount(), caption);
        assertEquals(java.util.List.of("id", "kind", "expected", "actual"), t.columnNames());
        assertEquals(0, book.scorecardRows(card, org.suanli.scorecard.Status.FAILS).rowCount());
    }
}

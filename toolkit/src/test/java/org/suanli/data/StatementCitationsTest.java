package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardTotals;
import org.suanli.scorecard.StatementBases;
import org.suanli.scorecard.StatementBasis;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

class StatementCitationsTest {

    @Test
    void citedStatementsOfStatedReconstructedAndOfficialRows(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, String.join("\n",
                "year,province,indicator,value,unit,provenance,source",
                "2023,广东,software_revenue_100m_yuan,1,亿元,stated,\"book [industry.software_top5]\"",
                "2023,北京,software_revenue_100m_yuan,2,亿元,reconstructed,\"recipe: ranks [industry.software_top5, tech.rd_top10]\"",
                "2023,上海,software_revenue_100m_yuan,3,亿元,official,\"NBS [scale.beijing_first]\"",
                "2023,江苏,software_revenue_100m_yuan,4,亿元,reconstructed,\"no citation [not an id]\"", ""));
        StatementBases b = StatementCitations.of(IndicatorData.load(csv));
        // stated beats reconstructed for the same id: the value itself is an input
        assertEquals(StatementBasis.INPUT, b.basisOf("industry.software_top5"));
        assertTrue(b.reasonOf("industry.software_top5").contains("广东"), b.reasonOf("industry.software_top5"));
        assertEquals(StatementBasis.RECONSTRUCTION, b.basisOf("tech.rd_top10"));
        assertEquals(StatementBasis.INDEPENDENT, b.basisOf("scale.beijing_first"), "an official value declares nothing");
        assertEquals(2, b.declared().size(), b.toString());
    }

    @Test
    void theReconstructionsDeclarationFileMarksValuesAsInputsAndShapesAsReconstruction(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("reconstruction_statements.csv");
        Files.writeString(csv, "statement_id,use,assumption,indicators,cells_citing\n"
                + "industry.guangdong_devices,value;shape;growth,,computing_device_output_10k_units,32\n"
                + "national.05,growth,,server_compute_eflops,0\n"
                + "tech.shaanxi,shape;growth,A8: 陕西 placed 11th,computer_mfg_rd_100m_yuan,89\n");
        StatementBases b = StatementCitations.declared(csv);
        assertEquals(StatementBasis.INPUT, b.basisOf("industry.guangdong_devices"));
        assertEquals(StatementBasis.RECONSTRUCTION, b.basisOf("national.05"));
        assertTrue(b.reasonOf("tech.shaanxi").contains("A8"), b.reasonOf("tech.shaanxi"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,how\nx.y,shape\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> StatementCitations.declared(bad));
        assertTrue(e.getMessage().contains("statement_id") && e.getMessage().contains("bad.csv"), e.getMessage());
    }

    @Test
    void theLessIndependentDeclarationWins() {
        StatementBases cal = StatementBases.declare(List.of("a.x", "a.y"), StatementBasis.CALIBRATION, "k");
        StatementBases rec = StatementBases.declare(List.of("a.y"), StatementBasis.RECONSTRUCTION, "data");
        StatementBases both = cal.plus(rec);
        assertEquals(StatementBasis.CALIBRATION, both.basisOf("a.x"));
        assertEquals(StatementBasis.RECONSTRUCTION, both.basisOf("a.y"));
        assertEquals(StatementBasis.RECONSTRUCTION, rec.plus(cal).basisOf("a.y"));
        assertEquals(StatementBasis.INDEPENDENT, both.basisOf("a.z"));
    }

    /** The shipped reconstruction cites the statements its assumptions A4 and A8 use, so they are not tests. */
    @Test
    void theShippedDataDeclareTheIndexStatementsTheyWereShapedBy() {
        StatementBases b = StatementCitations.of(DataFiles.indicators());
        assertEquals(StatementBasis.RECONSTRUCTION, b.basisOf("overall.top6"));
        assertEquals(StatementBasis.RECONSTRUCTION, b.basisOf("overall.rank7_15"));
        assertEquals(StatementBasis.RECONSTRUCTION, b.basisOf("tech.shaanxi"));
        assertEquals(StatementBasis.INPUT, b.basisOf("industry.guangdong_devices"));
        assertEquals(StatementBasis.INDEPENDENT, b.basisOf("industry.guangdong_score"));
        assertEquals(StatementBasis.RECONSTRUCTION, StatementCitations.of(DataFiles.economy()).basisOf("econ.slope_digital"));
    }

    @Test
    void totalsSplitByBasisAndStatusAndAppearInJson() {
        Statements s = Statements.standard();
        ScorecardContext c = ScorecardContext.of(StatementBases.class,
                StatementBases.declare(List.of("overall.top6"), StatementBasis.RECONSTRUCTION, "A4"));
        Scorecard card = Scorecard.evaluate(s, c, List.of());
        ScorecardTotals t = card.totals();
        assertEquals(s.size(), t.total());
        assertEquals(1, t.count(StatementBasis.RECONSTRUCTION, Status.NOT_EVALUATED));
        assertEquals(s.size() - 1, t.count(StatementBasis.INDEPENDENT));
        assertEquals(card.summary(), t.line());
        String json = card.toJson();
        assertTrue(json.contains("\"basis\": \"reconstruction\"") && json.contains("\"basis_reason\": \"A4\""), json.substring(0, 400));
        assertEquals(s.size(), json.split("\"basis\":", -1).length - 1);
        assertTrue(card.toText().contains("reconstruction    0 hold,   0 fail,   1 not evaluated"), card.toText());
    }
}

package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.suanli.data.CaptionCheck.english;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suanli.data.DataFiles;

import tech.tablesaw.api.Table;

/** The AHP tables of notebook 03 say what they were computed from, and that the shipped panel is illustrative. */
class AhpTableCaptionsTest {

    @Test
    void matrixTablesNameTheirMatrix() {
        PairwiseMatrix drinks = PairwiseMatrix.read(DataFiles.path("ahp/examples/drinks-saaty2008.csv"));
        english(() -> drinks.methodsTable(RandomIndex.SAATY_2005, PriorityMethod.EIGENVECTOR),
                "computed from one 7×7 pairwise matrix (drinks-saaty2008.csv)");
        PairwiseMatrix near = PairwiseMatrix.fromUpperTriangle(List.of("A", "B", "C"), new double[] {2, 3}, new double[] {4});
        english(near::consistencyTable, "computed from one 3×3 pairwise matrix (given in code as its upper triangle)",
                "RI(n) as each table's authors publish it");
        PairwiseMatrix bad = PairwiseMatrix.read(DataFiles.path("ahp/examples/inconsistent-scale.csv"));
        english(() -> Diagnostics.diagnose(bad, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10).table(),
                "computed from one 3×3 pairwise matrix: given as judged, implied by its eigenvector weights");
    }

    @Test
    void panelTablesCountTheExperts() {
        var experts = AhpHierarchy.standardExperts("index");
        english(() -> ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults()).expertsTable(),
                "computed by AHP from the pairwise judgments of 5 experts (one 5×5 matrix each)");
        english(() -> ExpertPanel.aggregate(experts, ExpertPanel.Settings.defaults()).table(), "5 experts");
        english(() -> ExpertPanel.compare(experts, ExpertPanel.Settings.defaults()), "5 experts (one 5×5 matrix each)");
    }

    @Test
    void hierarchyTablesSayThePanelIsIllustrative() {
        AhpHierarchy h = AhpHierarchy.standard();
        String whole = "computed by AHP from the pairwise judgments of 5 experts at " + h.nodeResults().size()
                + " nodes (the shipped panel in data/ahp/ is illustrative, not the book's)";
        english(h::table, whole);
        english(h::leafTable, whole);
        english(h::leafTableByWeight, whole);
        Table sorted = h.leafTableByWeight();
        assertEquals(14, sorted.rowCount());
        assertEquals(sorted.doubleColumn("global_weight").max(), sorted.doubleColumn("global_weight").get(0));
    }
}

package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.suanli.data.DataFiles;
import org.suanli.data.Provinces;

/** The engine on the blue book's 表1 and the shipped data: shapes, order and weights. */
class StandardFrameworkTest {

    @Test
    void treeHasTheBooksFiveThirteenFourteen() {
        IndexTree t = IndexTree.standard();
        assertEquals(5, t.level(1).size());
        assertEquals(13, t.level(2).size());
        assertEquals(14, t.leaves().size());
        assertEquals(List.of("scale", "industry", "technology", "environment", "application"),
                t.level(1).stream().map(IndexTree.Node::key).toList());
        assertEquals("server_compute_eflops", t.leaves().get(0).key());
        assertEquals(List.of("index", "technology", "innovation", "computing_patent_grants"), t.path("computing_patent_grants"));
    }

    @Test
    void shippedPanelIsThirtyOneProvincesInNbsOrderAndTwoYears() {
        Panel p = Panel.from(DataFiles.indicators());
        assertEquals(Provinces.all().stream().map(x -> x.shortZh()).toList(), p.provinces());
        assertEquals(List.of(2022, 2023), java.util.Arrays.stream(p.years()).boxed().toList());
        IndexResult r = IndexModel.standard().run();
        assertEquals(31 * 2 * 33, r.table().rowCount());
        // the AHP global weights of the 14 indicators sum to 1, and each sub-index's to its own weight
        double sum = 0;
        for (IndexTree.Node leaf : r.tree().leaves()) {
            sum += r.globalWeight(leaf.key());
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(r.globalWeight("technology"),
                r.globalWeight("computing_patent_applications") + r.globalWeight("computing_patent_grants")
                        + r.globalWeight("computer_mfg_rd_100m_yuan"), 1e-12);
        // every province's composite is the weighted sum of its five sub-indices
        for (String prov : r.provinces()) {
            double s = 0;
            for (IndexTree.Node d : r.tree().level(1)) {
                s += r.localWeight(d.key()) * r.value(2023, prov, d.key());
            }
            assertEquals(r.composite(2023, prov), s, 1e-9, prov);
        }
    }
}

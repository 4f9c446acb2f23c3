package org.suanli.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.suanli.data.Provinces;

class IndexAuditTest {

    @Test
    void cronbachAlphaCorrelationAndPcaByHand() {
        IndexTree t = IndexTree.of(List.of(new IndexTree.Node("index", 0, null, null, null, null),
                new IndexTree.Node("D", 1, "index", null, null, null),
                new IndexTree.Node("x1", 2, "D", null, null, null),
                new IndexTree.Node("x2", 2, "D", null, null, null)));
        List<String> prov = List.of("A", "B", "C", "E");
        Panel.Builder b = Panel.builder(new int[] {2023}, prov, List.of("x1", "x2"));
        double[] x1 = {1, 2, 3, 4};
        double[] x2 = {2, 2, 4, 4};
        for (int i = 0; i < 4; i++) {
            b.put(2023, prov.get(i), "x1", x1[i]).put(2023, prov.get(i), "x2", x2[i]);
        }
        IndexResult r = IndexModel.of(b.build(), t).withStandardiser(Standardiser.minMax()).withoutBaseYear().run();
        IndexAudit a = IndexAudit.of(r, 2023);
        // min-max: x1 → 0, 33.3, 66.7, 100 (sample var 1851.85); x2 → 0, 0, 100, 100 (var 3333.33);
        // sum → 0, 33.3, 166.7, 200 (var 9629.63); alpha = 2 × (1 − 5185.19 / 9629.63) = 0.923077
        assertEquals(12.0 / 13.0, a.cronbachAlpha("D"), 1e-9);
        // r(x1, x2) = cov / (sd sd): x1 dev −1.5, −.5, .5, 1.5; x2 dev −1, −1, 1, 1 → 4 / √(5 · 4) = 0.894427
        assertEquals(4 / Math.sqrt(20), a.correlation("x1", "x2"), 1e-9);
        // eigenvalues of [[1, r], [r, 1]] are 1 ± r
        double[] ev = a.eigenvalues();
        assertEquals(1 + 4 / Math.sqrt(20), ev[0], 1e-9);
        assertEquals(1 - 4 / Math.sqrt(20), ev[1], 1e-9);
        assertEquals(1, a.kaiserComponents());
        assertEquals(100, a.pca().doubleColumn("cumulative_pct").get(1), 1e-9);
    }

    @Test
    void flagsSayWhereThirtyOneProvincesAreTooFew() {
        List<String> names = Provinces.all().stream().map(p -> p.shortZh()).toList();
        IndexTree tree = IndexTree.standard();
        List<String> keys = tree.leaves().stream().map(IndexTree.Node::key).toList();
        Panel p = SyntheticPanel.generate(names, keys, new int[] {2022, 2023}, 0.17, 42);
        IndexAudit a = IndexAudit.of(IndexModel.of(p, tree).run(), 2023);
        assertEquals(31, a.n());
        // t(0.975, 29) = 2.045230; r = t / √(29 + t²) = 0.355
        assertEquals(0.3550, a.criticalCorrelation(), 5e-4);
        assertEquals(14, a.correlations().rowCount());
        assertEquals(15, a.correlations().columnCount());
        assertEquals(5, a.cronbach().rowCount());
        assertEquals(14, a.pca().rowCount());
        assertEquals(14, a.pca().doubleColumn("eigenvalue").sum(), 1e-9);
        assertTrue(a.flags().stream().anyMatch(f -> f.startsWith("PCA: 31 cases for 14 indicators is 2.2")), a.flags().toString());
    }

    @Test
    void duplicatedIndicatorsShowTheirCombinedWeight() {
        IndexTree t = IndexTree.of(List.of(new IndexTree.Node("index", 0, null, null, null, null),
                new IndexTree.Node("D", 1, "index", null, null, null),
                new IndexTree.Node("x1", 2, "D", null, null, null),
                new IndexTree.Node("x2", 2, "D", null, null, null),
                new IndexTree.Node("x3", 2, "D", null, null, null)));
        List<String> prov = List.of("A", "B", "C", "E");
        Panel.Builder b = Panel.builder(new int[] {2023}, prov, List.of("x1", "x2", "x3"));
        double[] x1 = {1, 2, 3, 4};
        double[] x3 = {4, 1, 3, 2};
        for (int i = 0; i < 4; i++) {
            // x2 = 3 × x1: a duplicate (r = 1); x3 is unrelated (r(x1, x3) = -0.4)
            b.put(2023, prov.get(i), "x1", x1[i]).put(2023, prov.get(i), "x2", 3 * x1[i]).put(2023, prov.get(i), "x3", x3[i]);
        }
        IndexResult r = IndexModel.of(b.build(), t).withStandardiser(Standardiser.minMax()).withoutBaseYear().run();
        tech.tablesaw.api.Table d = IndexAudit.of(r, 2023).duplicates();
        assertEquals(1, d.rowCount());
        assertEquals("x1", d.stringColumn("indicator_a").get(0));
        assertEquals("x2", d.stringColumn("indicator_b").get(0));
        assertEquals(1.0, d.doubleColumn("r").get(0), 1e-12);
        // equal weights by default: each 1/3 globally, the pair acts as one indicator weighing 2/3
        assertEquals(2.0 / 3.0, d.doubleColumn("effective_weight").get(0), 1e-12);
    }
}

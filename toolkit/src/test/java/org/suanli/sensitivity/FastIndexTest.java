package org.suanli.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.suanli.index.Aggregation;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Standardiser;
import org.suanli.index.Weights;

/** The fast path against IndexModel, for every standardisation, base year and aggregation it supports. */
class FastIndexTest {
    private static final IndexModel STANDARD = IndexModel.standard();

    @Test
    void equalsTheModelForEveryChoiceItSupports() {
        SplittableRandom r = new SplittableRandom(1);
        int compared = 0;
        for (Standardiser s : UncertainInput.StandardisationChoice.all().methods()) {
            for (Integer base : new Integer[] {null, 2022}) {
                IndexModel m = base == null ? STANDARD.withStandardiser(s).withoutBaseYear() : STANDARD.withStandardiser(s).withBaseYear(base);
                FastIndex f = FastIndex.compile(m);
                for (Aggregation a : Aggregation.values()) {
                    if (a == Aggregation.GEOMETRIC && !f.nonNegative()) {
                        continue;
                    }
                    for (int trial = 0; trial < 3; trial++) {
                        Map<String, Double> local = trial == 0 ? STANDARD.weights().localWeights(STANDARD.tree()) : randomWeights(f, r);
                        IndexResult ref = m.withWeights(Weights.local(withoutRoot(local, f))).withAggregation(a).run();
                        double[] w = f.localWeights(local);
                        double[][] work = f.workspace();
                        double[] got = new double[f.provinces().size()];
                        double[] ranks = new double[got.length];
                        for (int y = 0; y < f.years().length; y++) {
                            int year = f.years()[y];
                            f.composite(y, w, a == Aggregation.GEOMETRIC, work, got);
                            FastIndex.ranks(got, ranks);
                            for (int p = 0; p < got.length; p++) {
                                String prov = f.provinces().get(p);
                                double want = ref.composite(year, prov);
                                if (a == Aggregation.ARITHMETIC && trial == 0) {
                                    assertEquals(want, got[p], 0, s.label() + " " + base + " " + a + " " + year + " " + prov);
                                } else {
                                    assertEquals(want, got[p], 1e-12 * Math.max(1, Math.abs(want)), s.label() + " " + a + " " + prov);
                                }
                                assertEquals(ref.rank(year, prov, "index"), ranks[p], 0, "rank of " + prov + " " + s.label() + " " + a);
                            }
                        }
                        compared++;
                    }
                }
            }
        }
        // 7 methods x 2 references x arithmetic, plus geometric where scores are non-negative, 3 weightings each
        assertTrue(compared >= 7 * 2 * 3 + 5 * 2 * 3, "compared " + compared);
    }

    @Test
    void competitionRanksShareTheBestRank() {
        double[] out = new double[5];
        FastIndex.ranks(new double[] {3, 7, 7, 1, 5}, out);
        assertEquals(List.of(4.0, 1.0, 1.0, 5.0, 3.0), java.util.Arrays.stream(out).boxed().toList());
    }

    private static Map<String, Double> randomWeights(FastIndex f, SplittableRandom r) {
        Map<String, Double> m = new HashMap<>();
        List<IndexTree.Node> nodes = f.nodes();
        for (int[] kids : f.childrenByNode()) {
            double s = 0;
            double[] g = new double[kids.length];
            for (int i = 0; i < kids.length; i++) {
                g[i] = 0.05 + r.nextDouble();
                s += g[i];
            }
            for (int i = 0; i < kids.length; i++) {
                m.put(nodes.get(kids[i]).key(), g[i] / s);
            }
        }
        return m;
    }

    private static Map<String, Double> withoutRoot(Map<String, Double> m, FastIndex f) {
        Map<String, Double> out = new HashMap<>(m);
        out.remove(f.tree().root().key());
        return out;
    }
}

package org.suanli.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.data.Framework;
import org.suanli.data.FrameworkNode;

import tech.tablesaw.api.Table;

class AhpHierarchyTest {

    @Test
    void standardPanelCoversTheFrameworkAndEveryMatrixIsConsistent() {
        List<ExpertJudgments> panel = AhpHierarchy.standardPanel();
        assertEquals(5, panel.size());
        for (ExpertJudgments e : panel) {
            assertTrue(AhpHierarchy.validate(AhpHierarchy.tree(Framework.standard()), e).isEmpty(), e.id());
            assertEquals(7, e.matrices().size(), e.id() + ": 5×5, 3×3, 3×3, 2×2, 3×3, 2×2 and the patents 2×2");
            for (Map.Entry<String, PairwiseMatrix> m : e.matrices().entrySet()) {
                for (CrThreshold t : CrThreshold.values()) {
                    Priorities p = Ahp.priorities(m.getValue(), PriorityMethod.EIGENVECTOR, RandomIndex.SAATY_1980, t);
                    assertTrue(p.consistent(), e.id() + " " + m.getKey() + " CR " + p.cr() + " under " + t);
                }
            }
        }
        assertEquals(5, AhpHierarchy.standardPanel().get(0).matrices().get("index").size());
    }

    @Test
    void globalWeightsAreKeyedByTheFourteenLeavesAndSumToOne() {
        AhpHierarchy h = AhpHierarchy.standard();
        Map<String, Double> g = h.globalWeights();
        List<String> leaves = Framework.standard().leaves().stream().map(FrameworkNode::key).toList();
        assertEquals(leaves, List.copyOf(g.keySet()));
        assertEquals(1.0, g.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertTrue(h.consistent());
        // product along the path: the grants leaf = technology × innovation × grants
        Map<String, Double> local = h.localWeights();
        assertEquals(local.get("technology") * local.get("innovation") * local.get("computing_patent_grants"),
                g.get("computing_patent_grants"), 1e-15);
        // single-child nodes pass on their whole weight
        assertEquals(1.0, local.get("server_compute_eflops"));
        assertEquals(h.globalWeight("basic_compute"), g.get("server_compute_eflops"), 1e-15);
        Table t = h.table();
        assertEquals(Framework.standard().nodes().size(), t.rowCount());
        assertEquals(14, h.leafTable().rowCount());
    }

    @Test
    void aggregationChoicesGiveDifferentButValidWeights() {
        Map<String, Double> aij = AhpHierarchy.standard().globalWeights();
        Map<String, Double> aip = AhpHierarchy.standard(ExpertPanel.Settings.defaults().with(JudgmentAggregation.AIP_ARITHMETIC))
                .globalWeights();
        assertEquals(1.0, aip.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertTrue(Math.abs(aij.get("ai_server_compute_eflops") - aip.get("ai_server_compute_eflops")) > 1e-6);
    }

    @Test
    void singleExpertTechnologyLocalWeightsFollowTheMatrix() {
        ExpertJudgments e = AhpHierarchy.standardPanel().get(0);
        AhpHierarchy h = AhpHierarchy.panel(AhpHierarchy.tree(Framework.standard()), List.of(e),
                ExpertPanel.Settings.defaults());
        // expert-01 judges innovation 2× R&D input: weights 2/3 and 1/3 exactly
        assertEquals(2 / 3.0, h.localWeights().get("innovation"), 1e-12);
        assertEquals(1 / 3.0, h.localWeights().get("rd_input"), 1e-12);
    }

    @Test
    void validationNamesEveryNodeWithAMissingOrWrongMatrix() {
        Map<String, PairwiseMatrix> m = new LinkedHashMap<>(AhpHierarchy.standardPanel().get(0).matrices());
        m.remove("scale");
        m.put("industry", PairwiseMatrix.fromUpperTriangle(List.of("computing_devices", "computing_chips"),
                new double[] {2}));
        m.put("basic_compute", PairwiseMatrix.of(List.of("server_compute_eflops", "x"), new double[][] {{1, 2}, {.5, 1}}));
        m.put("nowhere", PairwiseMatrix.of(new double[][] {{1, 2}, {.5, 1}}));
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> AhpHierarchy.of(Framework.standard(), m));
        String msg = e.getMessage();
        assertEquals(4, e.issues().size(), msg);
        assertTrue(msg.contains("node 'scale' has 3 children"), msg);
        assertTrue(msg.contains("node 'industry' needs a 3×3 matrix") && msg.contains("not compared: [computing_software]"),
                msg);
        assertTrue(msg.contains("node 'basic_compute' has a single child (weight 1)"), msg);
        assertTrue(msg.contains("judgments for 'nowhere', which is not a node"), msg);
    }

    @Test
    void treeMustHaveOneRootAndKnownParents() {
        List<AhpHierarchy.Node> bad = List.of(new AhpHierarchy.Node("a", null, 0, null, null),
                new AhpHierarchy.Node("b", null, 0, null, null), new AhpHierarchy.Node("c", "zz", 1, null, null));
        InvalidMatrixException e = assertThrows(InvalidMatrixException.class,
                () -> AhpHierarchy.of(bad, Map.of(), ExpertPanel.Settings.defaults()));
        assertTrue(e.getMessage().contains("exactly one root"));
        assertTrue(e.getMessage().contains("parent 'zz'"));
    }

    @Test
    void inconsistentNodeMakesHierarchyInconsistent() {
        Map<String, PairwiseMatrix> m = new LinkedHashMap<>(AhpHierarchy.standardPanel().get(0).matrices());
        m.put("scale", PairwiseMatrix.fromUpperTriangle(List.of("basic_compute", "intelligent_compute", "super_compute"),
                new double[] {9, 1 / 9.}, new double[] {9}));
        AhpHierarchy h = AhpHierarchy.of(Framework.standard(), m);
        assertFalse(h.consistent());
        assertTrue(h.nodeResults().get("scale").cr() > 1);
    }
}

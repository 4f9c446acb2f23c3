package org.suanli.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexTree;
import org.suanli.index.Panel;

class IndexScoresTest {

    @Test
    void adaptsAnIndexResultWithCompositeAndFiveSubIndices() {
        IndexTree tree = IndexTree.standard();
        List<String> leaves = tree.leaves().stream().map(IndexTree.Node::key).toList();
        List<String> provinces = List.of("北京", "上海", "广东", "河南");
        Panel.Builder b = Panel.builder(new int[]{2023}, provinces, leaves);
        for (int i = 0; i < provinces.size(); i++) {
            for (int k = 0; k < leaves.size(); k++) {
                b.put(2023, provinces.get(i), leaves.get(k), 1 + ((i * 7 + k * 3) % 11));
            }
        }
        IndexResult r = IndexModel.of(b.build(), tree).withoutBaseYear().run();
        IndexScores s = IndexScores.fromIndex(r, 2023, "hand data");
        assertEquals(provinces, s.provinces());
        for (String p : provinces) {
            assertEquals(r.composite(2023, p), s.composite(p), 0.0);
            for (String k : IndexScores.SUB_INDICES) {
                assertEquals(r.value(2023, p, k), s.value(p, k), 0.0);
            }
        }
        assertTrue(s.basis().startsWith("org.suanli.index ("), s.basis());
        assertTrue(s.basis().endsWith("on hand data"), s.basis());
    }

    @Test
    void acceptsAnySpellingOfAProvinceAndRejectsDuplicates() {
        IndexScores s = IndexScores.composite("x", 2023, Map.of("Guangdong", 60.0, "北京市", 50.0, "Henan", 20.0));
        assertEquals(60.0, s.composite("广东"));
        assertEquals(50.0, s.composite("Beijing"));
        var ex = assertThrows(IllegalArgumentException.class,
                () -> IndexScores.composite("x", 2023, Map.of("广东", 60.0, "广东省", 61.0)));
        assertTrue(ex.getMessage().contains("twice"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> s.value("广东", "scale"));
        assertTrue(ex.getMessage().contains("'scale' is missing for 广东"), ex.getMessage());
    }
}

package org.suanli.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reconstruction's building blocks, worked by hand on five made-up provinces. */
class RankShapingTest {

    private final List<String> universe = List.of("A", "B", "C", "D", "E");
    private final Map<String, Double> proxy = Map.of("A", 10.0, "B", 40.0, "C", 30.0, "D", 20.0, "E", 20.0);

    @Test
    void orderPutsStatedGroupsFirstThenTheRestByProxyWithNbsOrderBreakingTies() {
        // Stated: E first, then {A, C} in any order. Rest by proxy: B 40, D 20.
        List<String> o = RankShaping.order(universe, proxy,
                List.of(RankShaping.Group.ordered("E"), RankShaping.Group.unordered("A", "C")));
        assertEquals(List.of("E", "C", "A", "B", "D"), o);
        // D and E tie at 20: NBS (universe) order decides, D before E.
        assertEquals(List.of("B", "C", "D", "E", "A"), RankShaping.order(universe, proxy, List.of()));
        // Tiers order the rest before the proxy does.
        // A (tier 0) and D (tier 1) come before the untiered, whatever their proxy; E is excluded.
        assertEquals(List.of("A", "D", "B", "C"),
                RankShaping.order(universe, proxy, List.of(), Set.of("E"), Map.of("A", 0, "D", 1)));
    }

    @Test
    void rearrangeHandsTheSortedProxyValuesOutAlongTheOrder() {
        LinkedHashMap<String, Double> r = RankShaping.rearrange(List.of("A", "D", "B"), proxy);
        // Values of A, D, B are 10, 20, 40 → sorted 40, 20, 10 → A 40, D 20, B 10. The total stays 70.
        assertEquals(Map.of("A", 40.0, "D", 20.0, "B", 10.0), r);
        assertEquals(List.of("A", "D", "B"), List.copyOf(r.keySet()));
    }

    @Test
    void scaleAndFitBetweenKeepOrderAndHitTheirTargets() {
        Map<String, Double> s = RankShaping.scaleTo(Map.of("A", 1.0, "B", 3.0), 100);
        assertEquals(25.0, s.get("A"), 1e-12);
        assertEquals(75.0, s.get("B"), 1e-12);
        // v = 1, 2, 4 into [10, 40]: gamma = ln(4)/ln(4) = 1 → 10, 20, 40.
        LinkedHashMap<String, Double> in = new LinkedHashMap<>();
        in.put("A", 4.0);
        in.put("B", 2.0);
        in.put("C", 1.0);
        Map<String, Double> f = RankShaping.fitBetween(in, 10, 40);
        assertEquals(40.0, f.get("A"), 1e-9);
        assertEquals(20.0, f.get("B"), 1e-9);
        assertEquals(10.0, f.get("C"), 1e-9);
        // Into [10, 20]: gamma = 1/2 → 20, 14.142…, 10.
        Map<String, Double> g = RankShaping.fitBetween(in, 10, 20);
        assertEquals(Math.sqrt(2) * 10, g.get("B"), 1e-9);
        assertEquals(Map.of("A", 1, "B", 2, "C", 3), RankShaping.ranks(in));
    }

    @Test
    void badInputsAreRefusedWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RankShaping.order(universe, proxy, List.of(RankShaping.Group.ordered("Z"))));
        assertTrue(unknown.getMessage().contains("Unknown province 'Z'"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> RankShaping.order(universe,
                proxy, List.of(RankShaping.Group.ordered("A"), RankShaping.Group.ordered("A"))));
        assertTrue(twice.getMessage().contains("A is in two rank groups"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> RankShaping.rearrange(List.of("A", "Q"), proxy));
        assertTrue(missing.getMessage().contains("no value for Q"));
        assertThrows(IllegalArgumentException.class, () -> RankShaping.scaleTo(Map.of("A", 0.0), 1));
        assertThrows(IllegalArgumentException.class, () -> RankShaping.fitBetween(Map.of("A", 1.0), 5, 4));
    }
}

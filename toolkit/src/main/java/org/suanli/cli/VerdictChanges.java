package org.suanli.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.Status;

/**
 * The statements whose verdict an override changed: what a user who brings a few values of their own wants to see
 * first, instead of comparing two full scorecards by eye.
 */
final class VerdictChanges {

    /** One statement whose status differs between the shipped data and the data with the override. */
    record Change(String id, Status before, Status after, String actualBefore, String actualAfter) {
    }

    private VerdictChanges() {
    }

    static List<Change> between(Scorecard shipped, Scorecard overridden) {
        Map<String, ScorecardEntry> before = new LinkedHashMap<>();
        shipped.entries().forEach(e -> before.put(e.id(), e));
        List<Change> out = new ArrayList<>();
        for (ScorecardEntry e : overridden.entries()) {
            ScorecardEntry b = before.get(e.id());
            if (b != null && b.status() != e.status()) {
                out.add(new Change(e.id(), b.status(), e.status(), b.actual(), e.actual()));
            }
        }
        return out;
    }

    static String text(List<Change> changes) {
        StringBuilder b = new StringBuilder("\nVerdicts the override changed against the shipped data: " + changes.size() + "\n");
        for (Change c : changes) {
            b.append("  ").append(c.id()).append(": ").append(c.before().jsonName()).append(" → ").append(c.after().jsonName())
                    .append(" (actual ").append(c.actualBefore()).append(" → ").append(c.actualAfter()).append(")\n");
        }
        return b.toString();
    }

    static List<Map<String, Object>> json(List<Change> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("before", c.before().jsonName());
            m.put("after", c.after().jsonName());
            m.put("actualBefore", c.actualBefore());
            m.put("actualAfter", c.actualAfter());
            out.add(m);
        }
        return out;
    }
}

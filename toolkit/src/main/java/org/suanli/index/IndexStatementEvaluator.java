package org.suanli.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.suanli.scorecard.RankRange;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Status;
import org.suanli.scorecard.Verdict;

/**
 * Checks the blue book's statements about index scores and ranks (三(三)1–6 and the 前言's mean growth) against
 * the {@link IndexResult} attached to the scorecard context. Registered in
 * {@code META-INF/services/org.suanli.scorecard.StatementEvaluator}.
 *
 * <p>Readings, repeated in each verdict's note: the year is 2023 and the comparison year 2022; a rank set holds
 * when every listed province's rank lies in the range and, if the list fills the range, no other province does
 * (a tie across the boundary fails it); ranks use the result's tie rule; a stated score "96" holds within ±0.5
 * (the book prints whole points); "近110" is read as 105 ≤ x < 110.5; the mean growth "17%" holds within ±0.5 points
 * and is meaningful only when the result was anchored to a base year.
 */
public final class IndexStatementEvaluator implements StatementEvaluator {
    private static final int Y = 2023;
    private static final int Y0 = 2022;
    private static final String ROOT = "index";

    private final Map<String, BiFunction<Statement, IndexResult, Verdict>> checks = new LinkedHashMap<>();

    public IndexStatementEvaluator() {
        checks.put("overall.top6", (s, r) -> rankSet(s, r, ROOT, ""));
        checks.put("overall.top6.threshold", this::firstTier);
        checks.put("overall.rank7_15", (s, r) -> rankSet(s, r, ROOT,
                "ANOMALY handled: 8 provinces named for the 9 slots 7-15; holds when all 8 lie in 7-15 (the ninth is free)"));
        checks.put("overall.yoy_mean_growth", this::meanGrowth);
        checks.put("scale.beijing_first", (s, r) -> rankSet(s, r, "scale", ""));
        checks.put("scale.second_tier", (s, r) -> rankSetAt(s, r, "scale", new RankRange(2, 7, false),
                "第二梯队 after 北京 read as ranks 2-7"));
        checks.put("industry.guangdong_first", (s, r) -> rankSet(s, r, "industry", ""));
        checks.put("industry.guangdong_score", this::guangdongIndustry);
        checks.put("industry.east_above20", this::eastAbove20);
        checks.put("industry.beijing_above50", (s, r) -> firstTime(s, r, "industry", 50));
        checks.put("industry.shandong_above30", (s, r) -> firstTime(s, r, "industry", 30));
        checks.put("tech.guangdong_first", this::guangdongTech);
        checks.put("tech.top10", (s, r) -> rankSet(s, r, "technology", ""));
        checks.put("tech.shaanxi", this::shaanxi);
        checks.put("tech.innovation_top3", (s, r) -> rankSet(s, r, "innovation", "the 创新水平 node (applications and grants, weighted)"));
        checks.put("tech.innovation_top10_rest", (s, r) -> rankSet(s, r, "innovation", "the 创新水平 node (applications and grants, weighted)"));
        checks.put("env.top6", this::envTop6);
        checks.put("env.invest_top5", (s, r) -> threshold(s, r, "it_investment", Y, ">=", 60));
        checks.put("env.open_data_top6", (s, r) -> threshold(s, r, "data_openness", Y, ">=", 45));
        checks.put("app.top4", (s, r) -> rankSet(s, r, "application", ""));
        checks.put("app.rank5_11", this::app5to11);
    }

    @Override
    public String name() {
        return "index engine";
    }

    @Override
    public boolean handles(Statement statement) {
        return checks.containsKey(statement.id());
    }

    @Override
    public Verdict evaluate(Statement statement, ScorecardContext context) {
        IndexResult r = context.get(IndexResult.class).orElse(null);
        if (r == null) {
            return Verdict.notEvaluated("needs an index result: ScorecardContext.with(IndexResult.class, model.run())");
        }
        try {
            return checks.get(statement.id()).apply(statement, r);
        } catch (IllegalArgumentException e) {
            return Verdict.notEvaluated("the index result lacks what this statement needs: " + e.getMessage());
        }
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private Verdict rankSet(Statement s, IndexResult r, String node, String note) {
        RankRange range = s.ranks().orElseThrow(() -> new IllegalArgumentException("statement " + s.id() + " has no rank range"));
        return rankSetAt(s, r, node, range, note);
    }

    private Verdict rankSetAt(Statement s, IndexResult r, String node, RankRange range, String note) {
        List<String> listed = s.provinces();
        List<String> outside = new ArrayList<>();
        for (String p : listed) {
            double k = r.rank(Y, p, node);
            if (k < range.from() || k > range.to()) {
                outside.add(p + " " + fmtRank(k));
            }
        }
        List<String> inRange = new ArrayList<>();
        for (String p : r.ranking(Y, node)) {
            double k = r.rank(Y, p, node);
            if (k >= range.from() && k <= range.to()) {
                inRange.add(p + " " + fmtRank(k));
            }
        }
        boolean fills = listed.size() >= range.size();
        boolean ok = outside.isEmpty() && (!fills || inRange.size() == range.size());
        String actual = node + " " + Y + " " + range + ": " + String.join(", ", inRange)
                + (outside.isEmpty() ? "" : "; listed but outside: " + String.join(", ", outside));
        return Verdict.of(ok, String.join("、", listed) + " at " + range + " of " + node, actual, note);
    }

    private Verdict threshold(Statement s, IndexResult r, String node, int year, String op, double value) {
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (String p : s.provinces()) {
            double v = r.value(year, p, node);
            ok &= compare(v, op, value);
            got.add(p + " " + fmt(v));
        }
        String note = ROOT.equals(node) ? "" : "the threshold is read on the " + node + " node's score";
        return Verdict.of(ok, node + " " + op + " " + fmt(value) + " for " + String.join("、", s.provinces()),
                String.join(", ", got), note);
    }

    /**
     * "排名前六，位于第一梯队，算力发展指数达到 35以上": the six score ≥ 35 and, since the threshold defines the first
     * tier and the tier has six members, the seventh province scores below it.
     */
    private Verdict firstTier(Statement s, IndexResult r) {
        double bar = s.number().orElse(35);
        Verdict six = threshold(s, r, ROOT, Y, s.op().orElse(">="), bar);
        List<String> order = r.ranking(Y, ROOT);
        List<String> others = new ArrayList<>();
        for (String p : order) {
            if (!s.provinces().contains(p) && r.composite(Y, p) >= bar) {
                others.add(p + " " + fmt(r.composite(Y, p)));
            }
        }
        boolean ok = six.status() == Status.HOLDS && others.isEmpty();
        return Verdict.of(ok, "index ≥ " + fmt(bar) + " for the six, and for no other province",
                six.actual() + (others.isEmpty() ? "; no other province ≥ " + fmt(bar)
                        : "; also ≥ " + fmt(bar) + " (" + others.size() + "): " + String.join(", ", others.subList(0, Math.min(6, others.size())))
                        + (others.size() > 6 ? ", …" : "")),
                "the threshold defines the first tier (第一梯队) and the tier is the top six, so the seventh must fall below it");
    }

    private Verdict meanGrowth(Statement s, IndexResult r) {
        double expected = s.number().orElse(17);
        double g = r.meanGrowth(Y0, Y, ROOT);
        String note = r.choices().baseYear() == null
                ? "the result standardises each year on itself, which removes growth; anchor it to a base year to test this"
                : "mean over provinces of index(2023)/index(2022) − 1, anchored to " + r.choices().baseYear() + "; holds within ±0.5 points";
        return Verdict.of(Math.abs(g - expected) <= 0.5, "mean YoY growth of the composite ≈ " + fmt(expected) + " %",
                String.format(Locale.ROOT, "%.1f %%", g), note);
    }

    private Verdict guangdongIndustry(Statement s, IndexResult r) {
        double v23 = r.value(Y, "广东", "industry");
        double v22 = r.value(Y0, "广东", "industry");
        boolean ok = Math.abs(v23 - 96) <= 0.5 && v22 >= 105 && v22 < 110.5;
        return Verdict.of(ok, "广东 industry 2023 = 96 (±0.5), 2022 近110 (105 ≤ x < 110.5)",
                "2023 " + fmt(v23) + ", 2022 " + fmt(v22),
                r.choices().baseYear() == null ? "each year standardised on itself: the leader of each year scores 100 on each indicator" : "");
    }

    private Verdict eastAbove20(Statement s, IndexResult r) {
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (String p : s.provinces()) {
            double v23 = r.value(Y, p, "industry");
            double v22 = r.value(Y0, p, "industry");
            ok &= v23 > 20 && v23 > v22;
            got.add(p + " " + fmt(v22) + "→" + fmt(v23));
        }
        return Verdict.of(ok, "industry > 20 in 2023 and higher than 2022 for " + String.join("、", s.provinces()),
                String.join(", ", got), "分数超过20分 and 均实现上涨 both checked");
    }

    private Verdict firstTime(Statement s, IndexResult r, String node, double threshold) {
        String p = s.provinces().get(0);
        double v23 = r.value(Y, p, node);
        double v22 = r.value(Y0, p, node);
        boolean ok = v23 > threshold && v22 <= threshold;
        return Verdict.of(ok, p + " " + node + " > " + fmt(threshold) + " in 2023, not in 2022 (首次)",
                "2022 " + fmt(v22) + ", 2023 " + fmt(v23), "");
    }

    private Verdict guangdongTech(Statement s, IndexResult r) {
        double a = r.rank(Y, "广东", "technology");
        double b = r.rank(Y, "广东", "innovation");
        double c = r.rank(Y, "广东", "rd_input");
        return Verdict.of(a == 1 && b == 1 && c == 1, "广东 rank 1 in technology, innovation and R&D input",
                "technology " + fmtRank(a) + ", innovation " + fmtRank(b) + ", R&D input " + fmtRank(c), "");
    }

    private Verdict shaanxi(Statement s, IndexResult r) {
        double k23 = r.rank(Y, "陕西", "technology");
        double k22 = r.rank(Y0, "陕西", "technology");
        return Verdict.of(k23 == 11 && k22 == 15, "陕西 technology rank 15 (2022) → 11 (2023)",
                fmtRank(k22) + " → " + fmtRank(k23), "");
    }

    private Verdict envTop6(Statement s, IndexResult r) {
        Verdict set = rankSet(s, r, "environment", "");
        Verdict bar = threshold(s, r, "environment", Y, ">=", s.number().orElse(60));
        boolean ok = set.status() == Status.HOLDS && bar.status() == Status.HOLDS;
        return Verdict.of(ok, set.expected() + " and ≥ 60", set.actual() + "; scores " + bar.actual(), "");
    }

    private Verdict app5to11(Statement s, IndexResult r) {
        Verdict set = rankSet(s, r, "application", "");
        List<String> top11 = r.ranking(Y, "application").subList(0, 11);
        List<String> got = new ArrayList<>();
        boolean above = true;
        for (String p : top11) {
            double v = r.value(Y, p, "application");
            above &= v > 50;
            got.add(p + " " + fmt(v));
        }
        boolean ok = set.status() == Status.HOLDS && above;
        return Verdict.of(ok, set.expected() + " and application > 50 for ranks 1-11", set.actual() + "; top 11: " + String.join(", ", got),
                "the > 50 is stated for ranks 5-11 and implied for 1-4");
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static boolean compare(double v, String op, double value) {
        switch (op.strip()) {
            case ">":
                return v > value;
            case ">=":
            case "≥":
                return v >= value;
            case "<":
                return v < value;
            case "<=":
                return v <= value;
            default:
                throw new IllegalArgumentException("unknown comparison '" + op + "'");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmtRank(double k) {
        return k == Math.rint(k) ? "#" + (long) k : "#" + k;
    }
}

package org.suanli.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.suanli.scorecard.RankRange;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Status;
import org.suanli.scorecard.Verdict;

import com.google.gson.JsonElement;

/**
 * Checks the statements about indicator values, shares and orders (not about index scores) against the
 * {@link IndicatorData} attached to the context: the shipped reference dataset, or a user's own data.
 *
 * <p>How statements are read, where the text leaves room (each reading is repeated in the verdict's note):
 * "位于前列/领先" with n provinces = ranks 1..n; a share "55%" holds when the data rounds to it (±0.5 points);
 * a rank set holds when the provinces occupy exactly those positions with strict boundaries (a tie at a
 * boundary does not count); a single-indicator second-level dimension (网络环境 = bandwidth, 算力投入 = IT
 * spending, 数据开放 = the Forest index) is ranked by its one indicator.
 */
public final class IndicatorStatementEvaluator implements StatementEvaluator {

    static final String SERVER = "server_compute_eflops";
    static final String AI = "ai_server_compute_eflops";
    static final String SUPER = "supercomputer_compute_eflops";
    static final String DEVICES = "computing_device_output_10k_units";
    static final String IC = "ic_output_10k_pieces";
    static final String SOFTWARE = "software_revenue_100m_yuan";
    static final String APPS = "computing_patent_applications";
    static final String GRANTS = "computing_patent_grants";
    static final String RD = "computer_mfg_rd_100m_yuan";
    static final String BANDWIDTH = "interprovincial_bandwidth_tbps";
    static final String IT = "it_spending_100m_yuan";
    static final String OPEN = "open_data_forest_index";
    static final String DIGI = "industrial_digitalization_100m_yuan";
    static final String CASES = "advanced_computing_cases";

    private static final int Y = 2023;
    private static final int Y0 = 2022;

    /** Thrown inside a check when the data lacks what the statement needs. */
    private static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Missing(String what) {
            super(what, null, false, false);
        }
    }

    @FunctionalInterface
    private interface Check {
        Verdict apply(Statement s, IndicatorData d);
    }

    private final Map<String, Check> checks = new LinkedHashMap<>();

    public IndicatorStatementEvaluator() {
        checks.put("scale.east_share", this::eastShare);
        checks.put("scale.top5_shares", this::top5Shares);
        checks.put("scale.supercomputing_leaders", (s, d) -> rankSet(s, d, SUPER, Y, "位居前列 read as ranks 1-n"));
        checks.put("industry.device_top5", (s, d) -> rankSet(s, d, DEVICES, Y, ""));
        checks.put("industry.guangdong_devices", this::guangdongDevices);
        checks.put("industry.shandong_device_rank", (s, d) -> rankOf(s, d, DEVICES, Y));
        checks.put("industry.chip_leaders", (s, d) -> rankSet(s, d, IC, Y, "位于前列 read as ranks 1-n"));
        checks.put("industry.jiangsu_ic", this::jiangsuIc);
        checks.put("industry.software_top5", this::softwareTop5);
        checks.put("industry.beijing_software", this::beijingSoftware);
        checks.put("tech.guangdong_first", this::guangdongTech);
        checks.put("tech.innovation_top3", (s, d) -> both(s, d, (k) -> rankSet(s, d, k, Y, "")));
        checks.put("tech.innovation_top3_share", this::top3Share);
        checks.put("tech.guangdong_patents", this::guangdongPatents);
        checks.put("tech.innovation_top10_rest", (s, d) -> both(s, d, (k) -> rankSet(s, d, k, Y, "")));
        checks.put("tech.rd_top10", (s, d) -> rankOrder(s, d, RD, Y,
                "the listed order is taken as the rank order (the text says only 位居前十 with 广东 first)"));
        checks.put("tech.rd_rank_changes", this::rdRankChanges);
        checks.put("tech.guangdong_rd", this::guangdongRd);
        checks.put("env.network_top7", (s, d) -> rankSet(s, d, BANDWIDTH, Y,
                "网络环境 has one indicator (bandwidth), so its rank is the bandwidth rank"));
        checks.put("env.bandwidth_leaders", (s, d) -> rankSet(s, d, BANDWIDTH, Y, "国内领先 read as ranks 1-3"));
        checks.put("env.invest_top5", this::investTop5);
        checks.put("env.it_spend", this::itSpend);
        checks.put("env.open_data_top6", this::openDataTop6);
        checks.put("env.open_data_west_top10", this::openDataWest);
        checks.put("app.digitalization_top", this::digitalizationTop);
        checks.put("app.guangdong_digitalization", this::guangdongDigitalization);
        checks.put("app.digitalization_above2tn", (s, d) -> above(s, d, DIGI, Y));
        checks.put("app.cases_provinces", this::casesProvinces);
        checks.put("app.cases_top4", (s, d) -> rankSet(s, d, CASES, Y, "ties inside the top four are allowed"));
        checks.put("app.cases_total", (s, d) -> {
            IndicatorView v = view(d, CASES, Y);
            double t = s.number().orElseThrow();
            return Verdict.of(Math.abs(v.total() - t) < 1e-9, "34 cases in total", "total " + IndicatorView.fmt(v.total()), "");
        });
        checks.put("national.04", (s, d) -> nationalSum(d, List.of(SERVER, AI, SUPER), s.number("total").orElseThrow(), 0.5,
                "sum of the provinces' server, AI-server and supercomputer compute; the 31% and 44% are national figures"
                        + " (capacity module)"));
        checks.put("national.05", (s, d) -> nationalSum(d, List.of(SERVER), s.number("basic").orElseThrow(), 0.05,
                "sum of the provinces' server compute; the 17% growth is checked by the capacity module"));
        checks.put("national.08", (s, d) -> nationalSum(d, List.of(AI), s.number("ai").orElseThrow(), 0.05,
                "sum of the provinces' AI-server compute; growth and share are checked by the capacity module"));
        checks.put("national.10", (s, d) -> nationalSum(d, List.of(SUPER), s.number().orElseThrow(), 0.05,
                "sum of the provinces' supercomputer compute"));
        checks.put("national.11", this::bandwidthMean);
        checks.put("national.12", this::itTotal);
    }

    @Override
    public String name() {
        return "indicator data";
    }

    @Override
    public boolean handles(Statement statement) {
        return checks.containsKey(statement.id());
    }

    /** The ids this evaluator checks. */
    public Set<String> ids() {
        return Set.copyOf(checks.keySet());
    }

    @Override
    public Verdict evaluate(Statement s, ScorecardContext context) {
        IndicatorData data = context.get(IndicatorData.class).orElse(null);
        if (data == null) {
            return Verdict.notEvaluated("needs indicator data (attach an IndicatorData to the context)");
        }
        try {
            return checks.get(s.id()).apply(s, data);
        } catch (Missing m) {
            return Verdict.notEvaluated(m.getMessage());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static IndicatorView view(IndicatorData d, String key, int year) {
        IndicatorView v = IndicatorView.of(d, key, year);
        if (v == null) {
            throw new Missing("the data has no " + key + " values for " + year);
        }
        return v;
    }

    private static IndicatorView fullView(IndicatorData d, String key, int year) {
        IndicatorView v = view(d, key, year);
        if (!v.complete()) {
            throw new Missing("ranks need all 31 provinces; the data has " + key + " " + year + " for "
                    + v.values.size());
        }
        return v;
    }

    private static double need(IndicatorView v, String p) {
        double x = v.value(p);
        if (Double.isNaN(x)) {
            throw new Missing("the data has no " + v.key + " value for " + p + " in " + v.year);
        }
        return x;
    }

    private static boolean roundsTo(double sharePct, double stated) {
        return Math.abs(sharePct - stated) <= 0.5 + 1e-9;
    }

    private static Verdict combine(List<Verdict> parts) {
        boolean ok = parts.stream().allMatch(v -> v.status() == Status.HOLDS);
        List<String> e = new ArrayList<>();
        List<String> a = new ArrayList<>();
        Set<String> n = new LinkedHashSet<>();
        for (Verdict v : parts) {
            e.add(v.expected());
            a.add(v.actual());
            if (!v.note().isEmpty()) {
                n.add(v.note());
            }
        }
        return Verdict.of(ok, String.join("; ", e), String.join("; ", a), String.join(" ", n));
    }

    private Verdict both(Statement s, IndicatorData d, Function<String, Verdict> f) {
        return combine(List.of(f.apply(APPS), f.apply(GRANTS)));
    }

    private Verdict rankSet(Statement s, IndicatorData d, String key, int year, String note) {
        IndicatorView v = fullView(d, key, year);
        List<String> members = s.provinces();
        RankRange r = s.ranks().orElse(new RankRange(1, members.size(), false));
        int from = r.from();
        int to = r.from() + members.size() - 1;
        boolean ok = v.holdsRankSet(Set.copyOf(members), from, to);
        String expected = key + " " + year + " ranks " + from + "-" + to + ": {" + String.join(", ", members) + "}";
        return Verdict.of(ok, expected, v.describeWithNext(from, to), note);
    }

    private Verdict rankOrder(Statement s, IndicatorData d, String key, int year, String note) {
        IndicatorView v = fullView(d, key, year);
        List<String> order = s.provinces();
        boolean ok = v.holdsOrder(order, 1);
        return Verdict.of(ok, key + " " + year + " ranks 1-" + order.size() + " in the order " + String.join(">", order),
                v.describeWithNext(1, order.size()), note);
    }

    private Verdict rankOf(Statement s, IndicatorData d, String key, int year) {
        IndicatorView v = fullView(d, key, year);
        String p = s.provinces().get(0);
        int want = s.ranks().orElseThrow().from();
        need(v, p);
        int got = v.rank(p);
        boolean tie = v.values.values().stream().filter(x -> x == v.value(p)).count() > 1;
        return Verdict.of(got == want && !tie, p + " rank " + want + " in " + key + " " + year,
                p + " rank " + got + (tie ? " (tied)" : "") + " (" + IndicatorView.fmt(v.value(p)) + ")", "");
    }

    private Verdict above(Statement s, IndicatorData d, String key, int year) {
        IndicatorView v = view(d, key, year);
        double t = s.number().orElseThrow();
        List<String> bad = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String p : s.provinces()) {
            double x = need(v, p);
            got.add(p + " " + IndicatorView.fmt(x));
            if (!(x > t)) {
                bad.add(p);
            }
        }
        return Verdict.of(bad.isEmpty(), "each of " + String.join("、", s.provinces()) + " > " + IndicatorView.fmt(t),
                String.join(", ", got) + (bad.isEmpty() ? "" : "; not above: " + bad), "");
    }

    private static Verdict nationalSum(IndicatorData d, List<String> keys, double stated, double tol, String note) {
        double sum = 0;
        for (String k : keys) {
            IndicatorView v = view(d, k, Y);
            if (!v.complete()) {
                throw new Missing("a national total needs all 31 provinces of " + k);
            }
            sum += v.total();
        }
        return Verdict.of(Math.abs(sum - stated) <= tol + 1e-9, IndicatorView.fmt(stated) + " (±" + tol + ")",
                String.format(Locale.ROOT, "%.4f", sum), note);
    }

    // ------------------------------------------------------------------ statements

    private Verdict eastShare(Statement s, IndicatorData d) {
        double east = 0;
        double all = 0;
        for (String k : List.of(SERVER, AI, SUPER)) {
            IndicatorView v = fullView(d, k, Y);
            for (Province p : Provinces.all()) {
                double x = v.value(p.shortZh());
                all += x;
                if (p.region() == Region.EAST) {
                    east += x;
                }
            }
        }
        double share = east / all;
        return Verdict.of(roundsTo(share * 100, s.number().orElseThrow()), "east (NBS) share of server + AI-server +"
                + " supercomputer compute 2023 ≈ 91%", IndicatorView.pct(share), "");
    }

    private Verdict top5Shares(Statement s, IndicatorData d) {
        List<Verdict> parts = new ArrayList<>();
        Map<String, List<String>> tops = new LinkedHashMap<>();
        for (Object[] c : new Object[][] {{SERVER, Y, "general_servers_top5_share_2023"}, {AI, Y, "ai_servers_top5_share_2023"},
                {SERVER, Y0, "general_servers_top5_share_2022"}, {AI, Y0, "ai_servers_top5_share_2022"}}) {
            IndicatorView v = fullView(d, (String) c[0], (Integer) c[1]);
            double stated = s.number((String) c[2]).orElseThrow();
            double share = v.sumOf(v.at(1, 5)) / v.total();
            tops.put(c[0] + " " + c[1], v.at(1, 5));
            parts.add(Verdict.of(roundsTo(share * 100, stated) && v.strictBelow(5),
                    c[0] + " " + c[1] + " top five ≈ " + IndicatorView.fmt(stated) + "%",
                    IndicatorView.pct(share) + " (" + String.join("、", v.at(1, 5)) + ")", ""));
        }
        boolean same = tops.get(SERVER + " " + Y).equals(tops.get(SERVER + " " + Y0))
                && tops.get(AI + " " + Y).equals(tops.get(AI + " " + Y0));
        parts.add(Verdict.of(same, "the same top five, in the same order, as in 2022 (排名与去年相同)",
                same ? "same" : tops.toString(), ""));
        Verdict v = combine(parts);
        return Verdict.of(v.status() == Status.HOLDS, v.expected(), v.actual(),
                "the five are not named; evaluated on the five largest in each indicator; 2022 shares derived (−2 points)");
    }

    private Verdict guangdongDevices(Statement s, IndicatorData d) {
        IndicatorView v23 = view(d, DEVICES, Y);
        IndicatorView v22 = view(d, DEVICES, Y0);
        double a = need(v23, "广东");
        double b = need(v22, "广东");
        double share = a / v23.total();
        boolean ok = Math.abs(a - 820) <= 0.5 && Math.abs(b - 1100) <= 0.5 && roundsTo(share * 100, 55);
        return Verdict.of(ok, "广东 820万台 (2023), 1100万台 (2022), 55% of the national total",
                "广东 " + IndicatorView.fmt(a) + " (2023), " + IndicatorView.fmt(b) + " (2022), " + IndicatorView.pct(share), "");
    }

    private Verdict jiangsuIc(Statement s, IndicatorData d) {
        double bound = s.number("ic_output_lower_bound").orElseThrow() * 10_000;
        IndicatorView v23 = view(d, IC, Y);
        IndicatorView v22 = view(d, IC, Y0);
        double a = need(v23, "江苏");
        double b = need(v22, "江苏");
        double share = a / v23.total();
        boolean ok = a > bound && b > bound && roundsTo(share * 100, s.number("share_pct").orElseThrow());
        return Verdict.of(ok, "江苏 > 1000亿块 (10000000万块) in 2022 and 2023; 30% of the national total in 2023",
                "江苏 " + IndicatorView.fmt(a) + " (2023), " + IndicatorView.fmt(b) + " (2022), " + IndicatorView.pct(share),
                "2021 is outside the data");
    }

    private Verdict softwareTop5(Statement s, IndicatorData d) {
        Verdict set = rankSet(s, d, SOFTWARE, Y, "位于前列 read as ranks 1-5");
        Verdict bound = above(s, d, SOFTWARE, Y);
        return combine(List.of(set, bound));
    }

    private Verdict beijingSoftware(Statement s, IndicatorData d) {
        IndicatorView v = fullView(d, SOFTWARE, Y);
        double x = need(v, "北京");
        boolean ok = v.rank("北京") == 1 && v.strictBelow(1) && x > s.number().orElseThrow();
        return Verdict.of(ok, "北京 first, > 26000亿元", "北京 rank " + v.rank("北京") + ", " + IndicatorView.fmt(x), "");
    }

    private Verdict guangdongTech(Statement s, IndicatorData d) {
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (String k : List.of(APPS, GRANTS, RD)) {
            IndicatorView v = fullView(d, k, Y);
            boolean first = v.rank("广东") == 1 && v.strictBelow(1);
            ok &= first;
            got.add(k + ": 广东 rank " + v.rank("广东"));
        }
        return Verdict.of(ok, "广东 first in patent applications, grants and R&D (创新水平 and 研发投入)",
                String.join(", ", got), "the technology sub-index part is checked by the index engine");
    }

    private Verdict top3Share(Statement s, IndicatorData d) {
        List<Verdict> parts = new ArrayList<>();
        for (String k : List.of(APPS, GRANTS)) {
            IndicatorView v = fullView(d, k, Y);
            double share = v.sumOf(s.provinces()) / v.total();
            parts.add(Verdict.of(share * 100 > s.number().orElseThrow(), k + ": 广东+北京+上海 > 2/3",
                    IndicatorView.pct(share), ""));
        }
        return combine(parts);
    }

    private Verdict guangdongPatents(Statement s, IndicatorData d) {
        IndicatorView a = view(d, APPS, Y);
        IndicatorView g = view(d, GRANTS, Y);
        double ga = need(a, "广东");
        double gg = need(g, "广东");
        double sa = ga / a.total();
        double sg = gg / g.total();
        boolean ok = Math.abs(ga - 60000) <= 0.5 && Math.abs(gg - 22000) <= 0.5 && roundsTo(sa * 100, 41)
                && roundsTo(sg * 100, 41);
        return Verdict.of(ok, "广东 60000 applications and 22000 grants (five years), 41% of the national total",
                "广东 " + IndicatorView.fmt(ga) + " (" + IndicatorView.pct(sa) + "), " + IndicatorView.fmt(gg) + " ("
                        + IndicatorView.pct(sg) + ")",
                "the 41% is not attributed to applications or grants; checked for both; values are five-year totals");
    }

    private Verdict rdRankChanges(Statement s, IndicatorData d) {
        IndicatorView v23 = fullView(d, RD, Y);
        IndicatorView v22 = fullView(d, RD, Y0);
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, JsonElement> e : s.value().orElseThrow().getAsJsonObject().entrySet()) {
            String p = e.getKey();
            int gain = Integer.parseInt(e.getValue().getAsString().replace("+", ""));
            int r23 = v23.rank(p);
            int r22 = v22.rank(p);
            ok &= r22 - r23 == gain;
            got.add(p + " " + r22 + "→" + r23 + " (+" + (r22 - r23) + ")");
        }
        return Verdict.of(ok, "R&D rank gains 2022→2023: 湖北 +2, 山东 +3", String.join(", ", got), "");
    }

    private Verdict guangdongRd(Statement s, IndicatorData d) {
        IndicatorView v = view(d, RD, Y);
        double x = need(v, "广东");
        double share = x / v.total();
        boolean ok = x > s.number("rd_lower_bound").orElseThrow() && roundsTo(share * 100, s.number("share_pct").orElseThrow());
        return Verdict.of(ok, "广东 > 1500亿元, 39% of the national total", "广东 " + IndicatorView.fmt(x) + ", "
                + IndicatorView.pct(share), "");
    }

    private Verdict investTop5(Statement s, IndicatorData d) {
        Verdict a = rankSet(s, d, IT, Y, "");
        Verdict b = rankSet(s, d, IT, Y0, "");
        Verdict v = combine(List.of(a, b));
        return Verdict.of(v.status() == Status.HOLDS, v.expected(), v.actual(),
                "算力投入 has one indicator (IT spending); 与去年相同 checked on 2022; the ≥60 sub-score threshold is for"
                        + " the index engine");
    }

    private Verdict itSpend(Statement s, IndicatorData d) {
        IndicatorView v = view(d, IT, Y);
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, JsonElement> e : s.value().orElseThrow().getAsJsonObject().entrySet()) {
            double x = need(v, e.getKey());
            ok &= x > e.getValue().getAsDouble();
            got.add(e.getKey() + " " + IndicatorView.fmt(x));
        }
        return Verdict.of(ok, "北京 > 3100亿元, 广东 > 2800亿元", String.join(", ", got), "");
    }

    private Verdict openDataTop6(Statement s, IndicatorData d) {
        Verdict set = rankSet(s, d, OPEN, Y, "");
        IndicatorView v = view(d, OPEN, Y);
        double t = s.number().orElseThrow();
        boolean ok = s.provinces().stream().allMatch(p -> need(v, p) >= t);
        Verdict bound = Verdict.of(ok, "each ≥ 45", v.describe(1, 6), "");
        Verdict c = combine(List.of(set, bound));
        return Verdict.of(c.status() == Status.HOLDS, c.expected(), c.actual(), "数据开放 has one indicator (the Forest"
                + " index); the ≥45 is read on the index's own scale (it may mean the standardised sub-score)");
    }

    private Verdict openDataWest(Statement s, IndicatorData d) {
        IndicatorView v = fullView(d, OPEN, Y);
        List<String> got = new ArrayList<>();
        boolean ok = true;
        for (String p : s.provinces()) {
            need(v, p);
            ok &= v.rank(p) <= 10;
            got.add(p + " rank " + v.rank(p));
        }
        return Verdict.of(ok, "贵州、四川、广西 within the top ten of the Forest index", String.join(", ", got), "");
    }

    private Verdict digitalizationTop(Statement s, IndicatorData d) {
        IndicatorView v = fullView(d, DIGI, Y);
        List<String> members = s.provinces();
        boolean ok = v.holdsRankSet(Set.copyOf(members), 1, members.size());
        return Verdict.of(ok, DIGI + " 2023 ranks 1-" + members.size() + ": {" + String.join(", ", members) + "}",
                v.describeWithNext(1, members.size()),
                "ANOMALY handled: the book lists 7 provinces as 「排名前六」; evaluated as the seven named holding ranks 1-7");
    }

    private Verdict guangdongDigitalization(Statement s, IndicatorData d) {
        IndicatorView v = fullView(d, DIGI, Y);
        double x = need(v, "广东");
        boolean ok = Math.abs(x - s.number().orElseThrow()) <= 0.5 && v.rank("广东") == 1 && v.strictBelow(1);
        return Verdict.of(ok, "广东 48000亿元, first", "广东 " + IndicatorView.fmt(x) + ", rank " + v.rank("广东"), "");
    }

    private Verdict casesProvinces(Statement s, IndicatorData d) {
        IndicatorView v = fullView(d, CASES, Y);
        long n = v.values.values().stream().filter(x -> x > 0).count();
        return Verdict.of(n == (long) s.number().orElseThrow(), "18 provinces with at least one case",
                n + " provinces", "");
    }

    private Verdict bandwidthMean(Statement s, IndicatorData d) {
        IndicatorView v23 = fullView(d, BANDWIDTH, Y);
        IndicatorView v22 = fullView(d, BANDWIDTH, Y0);
        double mean = v23.total() / v23.values.size();
        double growth = (v23.total() / v22.total() - 1) * 100;
        boolean ok = mean > s.number("mean_per_province_tbps_lower_bound").orElseThrow() && Math.abs(growth - 10) <= 1;
        return Verdict.of(ok, "mean per province > 55 Tbps; growth near 10% (±1 point)",
                String.format(Locale.ROOT, "mean %.2f Tbps; growth %.2f%%", mean, growth), "");
    }

    private Verdict itTotal(Statement s, IndicatorData d) {
        IndicatorView v23 = fullView(d, IT, Y);
        IndicatorView v22 = fullView(d, IT, Y0);
        double total = v23.total();
        double growth = (total / v22.total() - 1) * 100;
        boolean ok = Math.abs(total - 24000) <= 24000 * 0.005 && Math.abs(growth - s.number("growth_pct").orElseThrow()) <= 0.05;
        return Verdict.of(ok, "2.4万亿元 (±0.5%), growth 5.1%",
                String.format(Locale.ROOT, "%.1f亿元, growth %.2f%%", total, growth), "sum of the provinces");
    }
}

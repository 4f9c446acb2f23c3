package org.suanli.reconstruct;

import static org.suanli.reconstruct.RankShaping.Group;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.suanli.data.Framework;
import org.suanli.data.FrameworkNode;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Province;
import org.suanli.data.Provinces;
import org.suanli.data.Region;
import org.suanli.data.VariableCatalog;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.Statements;

/**
 * The reference dataset: all 14 indicators for the 31 provinces, 2023 and 2022, rebuilt from what is public.
 *
 * <p>The blue book's provincial microdata are not published. What is known is the book's own statements
 * (national totals, a few provincial values, bounds, shares and rank orders, read from
 * {@code blue_book_2024_facts.json}), official GDP by province, and partial official software revenue. Each
 * indicator's recipe (one method below, documented in {@code data/RECONSTRUCTION.md}):
 * <ol>
 *   <li>starts from a national total, stated or derived from a stated value and its share;</li>
 *   <li>fixes the stated values, puts bounds ({@value #BOUND_MARGIN_TEXT}) just above the bound;</li>
 *   <li>orders the provinces as the book ranks them, the unnamed ones by GDP;</li>
 *   <li>spreads the remainder by GDP, rearranged along that order ({@link RankShaping});</li>
 *   <li>makes 2022 from 2023 by the book's year-over-year statements, else by each province's GDP growth.</li>
 * </ol>
 * Indicators 1–3 (compute) use the capacity module's fleet method ({@link ComputeShares}). Nothing is random;
 * the output is byte-for-byte reproducible.
 */
public final class Reconstruction {

    /** "超过/突破 X" with no other number: the value is put this fraction above X. */
    public static final double BOUND_MARGIN = 0.02;
    static final String BOUND_MARGIN_TEXT = "2%";

    public static final String SERVER = "server_compute_eflops";
    public static final String AI = "ai_server_compute_eflops";
    public static final String SUPER = "supercomputer_compute_eflops";
    public static final String DEVICES = "computing_device_output_10k_units";
    public static final String IC = "ic_output_10k_pieces";
    public static final String SOFTWARE = "software_revenue_100m_yuan";
    public static final String PATENT_APPS = "computing_patent_applications";
    public static final String PATENT_GRANTS = "computing_patent_grants";
    public static final String RD = "computer_mfg_rd_100m_yuan";
    public static final String BANDWIDTH = "interprovincial_bandwidth_tbps";
    public static final String IT = "it_spending_100m_yuan";
    public static final String OPEN_DATA = "open_data_forest_index";
    public static final String DIGITALIZATION = "industrial_digitalization_100m_yuan";
    public static final String CASES = "advanced_computing_cases";

    public static final int YEAR = 2023;
    public static final int PREVIOUS = 2022;

    static final String DOC = "data/RECONSTRUCTION.md";

    final ReferenceInputs in;
    final Statements facts;
    final List<String> provinces;
    final Set<String> east;
    final Framework framework;
    /** The book's overall tiers: 0 = top six (第一梯队), 1 = ranks 7–15; used to order unnamed provinces. */
    final Map<String, Integer> tiers;
    /** indicator → year → province → cell */
    private final Map<String, Map<Integer, Map<String, UnroundedValue>>> cells = new LinkedHashMap<>();

    private Reconstruction(ReferenceInputs in, Statements facts, Framework framework) {
        this.in = in;
        this.facts = facts;
        this.framework = framework;
        List<String> names = new ArrayList<>();
        Set<String> e = new LinkedHashSet<>();
        for (Province p : Provinces.all()) {
            names.add(p.shortZh());
            if (p.region() == Region.EAST) {
                e.add(p.shortZh());
            }
        }
        this.provinces = List.copyOf(names);
        this.east = Set.copyOf(e);
        Map<String, Integer> t = new LinkedHashMap<>();
        facts.get("overall.top6").provinces().forEach(p -> t.put(p, 0));
        facts.get("overall.rank7_15").provinces().forEach(p -> t.put(p, 1));
        this.tiers = Map.copyOf(t);
        for (String p : provinces) {
            if (!in.gdp2022().containsKey(p) || !in.gdp2023().containsKey(p)) {
                throw new IllegalArgumentException("The GDP input has no 2022/2023 value for " + p);
            }
        }
    }

    /** Rebuilds everything from the inputs in {@code dataDir} and the bundled statements and framework. */
    public static Reconstruction run(Path dataDir) throws IOException {
        return run(ReferenceInputs.load(dataDir), Statements.standard(), Framework.standard());
    }

    public static Reconstruction run(ReferenceInputs in, Statements facts, Framework framework) {
        Reconstruction r = new Reconstruction(in, facts, framework);
        new ComputeShares(r).build();
        r.devices();
        r.ic();
        r.software();
        r.patents();
        r.rd();
        r.bandwidth();
        r.itSpending();
        r.openData();
        r.digitalization();
        r.cases();
        r.checkComplete();
        return r;
    }

    // ---------------------------------------------------------------- recipes

    /** 计算设备产量: 广东 820万 = 55% ⇒ national ≈ 1491万; top five in the stated order; 2022 广东 1100万. */
    void devices() {
        Statement gd = facts.get("industry.guangdong_devices");
        double gd23 = gd.number("2023").orElseThrow();
        double gd22 = gd.number("2022").orElseThrow();
        double share = gd.number("share_2023_pct").orElseThrow() / 100;
        double national = gd23 / share;
        Statement top = facts.get("industry.device_top5");
        List<String> order = order(in.gdp2023(), List.of(new Group(top.provinces(), true)),
                Set.of("广东"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, in.gdp2023()), national - gd23);
        put(DEVICES, YEAR, "广东", gd23, Provenance.STATED, stated(gd, "广东 2023 output 820万台 (55% of the national total)"));
        put(DEVICES, PREVIOUS, "广东", gd22, Provenance.STATED, stated(gd, "广东 2022 output 1100万台"));
        String method = String.format(Locale.ROOT, "national %.1f万台 = 广东 %.0f / %.0f%% [industry.guangdong_devices];"
                + " the other %.1f万台 spread by GDP 2023 rearranged to the stated ranks 广东>福建>天津>江苏>山东"
                + " [industry.device_top5, industry.shandong_device_rank], " + UNNAMED, national, gd23, share * 100,
                national - gd23);
        rest.forEach((p, v) -> put(DEVICES, YEAR, p, v, Provenance.RECONSTRUCTED, recon("devices", method)));
        String back = "2022 = 2023 (assumption: the book reports the 2022→2023 change only for 广东; other provinces held"
                + " at their reconstructed 2023 output)";
        rest.forEach((p, v) -> put(DEVICES, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("devices", back)));
    }

    /** 集成电路产量: 江苏 > 1000亿块 and 30% ⇒ national; leaders 江苏、广东、甘肃、上海、浙江、北京 in that order. */
    void ic() {
        Statement js = facts.get("industry.jiangsu_ic");
        double bound = js.number("ic_output_lower_bound").orElseThrow() * 10_000; // 亿块 → 万块
        double share = js.number("share_pct").orElseThrow() / 100;
        double jiangsu = bound * (1 + BOUND_MARGIN);
        double national = jiangsu / share;
        Statement leaders = facts.get("industry.chip_leaders");
        List<String> order = order(in.gdp2023(), List.of(new Group(leaders.provinces(), true)),
                Set.of("江苏"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, in.gdp2023()), national - jiangsu);
        String bnd = String.format(Locale.ROOT, "江苏 > 1000亿块 [industry.jiangsu_ic]: set %s above the bound (%.0f万块)",
                BOUND_MARGIN_TEXT, jiangsu);
        put(IC, YEAR, "江苏", jiangsu, Provenance.RECONSTRUCTED, recon("ic", bnd));
        put(IC, PREVIOUS, "江苏", jiangsu, Provenance.RECONSTRUCTED,
                recon("ic", bnd + "; the bound holds for 2021-2023 (连续三年突破1000亿块), so 2022 is kept at it"));
        String method = String.format(Locale.ROOT, "national %.0f万块 = 江苏 / 30%% [industry.jiangsu_ic]; the other 70%%"
                + " spread by GDP 2023 rearranged to the stated order 江苏>广东>甘肃>上海>浙江>北京 [industry.chip_leaders],"
                + " " + UNNAMED, national);
        rest.forEach((p, v) -> {
            put(IC, YEAR, p, v, Provenance.RECONSTRUCTED, recon("ic", method));
            put(IC, PREVIOUS, p, v / in.gdpGrowth(p), Provenance.RECONSTRUCTED, recon("ic", backByGdp()));
        });
    }

    /** 软件业务收入: 北京 > 2.6万亿 first; 北京、广东、江苏、山东、上海 > 1万亿; sizes from MIIT's Q1 2023 figures. */
    void software() {
        Statement bj = facts.get("industry.beijing_software");
        Statement top = facts.get("industry.software_top5");
        double beijing = bj.number().orElseThrow() * (1 + BOUND_MARGIN);
        double q1Beijing = in.softwareQ1().get("北京");
        double annualise = beijing / q1Beijing;
        Map<String, Double> v23 = new LinkedHashMap<>();
        Map<String, String> src = new LinkedHashMap<>();
        v23.put("北京", beijing);
        src.put("北京", String.format(Locale.ROOT, "北京 > 26000亿元 [industry.beijing_software]: set %s above the bound",
                BOUND_MARGIN_TEXT));
        double rho = Double.MAX_VALUE;
        for (String p : provinces) {
            if (p.equals("北京") || !in.softwareQ1().containsKey(p)) {
                continue;
            }
            double v = in.softwareQ1().get(p) * annualise;
            v23.put(p, v);
            src.put(p, String.format(Locale.ROOT, "%s Q1 2023 revenue (%s) × %.4f, the ratio of 北京's full-year value"
                    + " to its Q1 value (assumption: the Q1 share of the year is the same in every province)",
                    p, ReferenceInputs.SOFTWARE_SOURCE, annualise));
            rho = Math.min(rho, v / in.gdp2023().get(p));
        }
        double threshold = top.number().orElseThrow();
        for (String p : top.provinces()) {
            if (!v23.containsKey(p)) {
                v23.put(p, threshold * (1 + BOUND_MARGIN));
                src.put(p, String.format(Locale.ROOT, "%s > 10000亿元 [industry.software_top5], no official partial"
                        + " figure: set %s above the bound", p, BOUND_MARGIN_TEXT));
            }
        }
        final double ratio = rho;
        for (String p : provinces) {
            if (!v23.containsKey(p)) {
                v23.put(p, in.gdp2023().get(p) * ratio);
                src.put(p, String.format(Locale.ROOT, "GDP 2023 × %.4f, the lowest revenue/GDP ratio among the"
                        + " provinces with official Q1 figures (assumption: provinces the book does not name are no more"
                        + " software-intensive than the least intensive leader)", ratio));
            }
        }
        for (String p : provinces) {
            put(SOFTWARE, YEAR, p, v23.get(p), Provenance.RECONSTRUCTED, recon("software", src.get(p)));
            put(SOFTWARE, PREVIOUS, p, v23.get(p) / in.gdpGrowth(p), Provenance.RECONSTRUCTED,
                    recon("software", backByGdp()));
        }
    }

    /** 计算发明专利申请数/授权数 (five-year totals): 广东 6万/2.2万 = 41%; top three > 2/3; top ten as stated. */
    void patents() {
        Statement gd = facts.get("tech.guangdong_patents");
        double share = gd.number("share_pct").orElseThrow() / 100;
        double top3Share = facts.get("tech.innovation_top3_share").number().orElseThrow() / 100 * (1 + BOUND_MARGIN);
        List<String> top3 = facts.get("tech.innovation_top3").provinces();
        List<String> top10 = new ArrayList<>(facts.get("tech.innovation_top10_rest").provinces());
        top10.removeAll(top3);
        List<Group> groups = List.of(new Group(top3, true), new Group(top10, false),
                Group.ordered("陕西") /* tech.shaanxi: 11th in the technology sub-index */);
        for (String key : List.of(PATENT_APPS, PATENT_GRANTS)) {
            double gdValue = gd.number(key.equals(PATENT_APPS) ? "applications_5yr" : "grants_5yr").orElseThrow();
            double national = gdValue / share;
            List<String> order = order(in.gdp2023(), groups, Set.of("广东"));
            List<String> second = order.subList(0, top3.size() - 1);
            List<String> rest = order.subList(top3.size() - 1, order.size());
            Map<String, Double> a = RankShaping.scaleTo(RankShaping.rearrange(second, in.gdp2023()),
                    (top3Share - share) * national);
            Map<String, Double> b = RankShaping.scaleTo(RankShaping.rearrange(rest, in.gdp2023()),
                    (1 - top3Share) * national);
            String what = key.equals(PATENT_APPS) ? "applications" : "grants";
            put(key, YEAR, "广东", gdValue, Provenance.STATED, stated(gd, "广东 five-year " + what + " "
                    + String.format(Locale.ROOT, "%.0f", gdValue)));
            String ma = String.format(Locale.ROOT, "five-year totals; national %.0f = 广东 / 41%% [tech.guangdong_patents];"
                    + " 广东+北京+上海 hold 2/3 + %s = %.1f%% [tech.innovation_top3_share], 北京>上海 split by GDP 2023"
                    + " rearranged", national, BOUND_MARGIN_TEXT, top3Share * 100);
            String mb = String.format(Locale.ROOT, "five-year totals; the other %.1f%% of national %.0f spread by GDP 2023"
                    + " rearranged: ranks 4-10 浙江、江苏、山东、湖南、湖北、安徽、四川 [tech.innovation_top10_rest], then"
                    + " 陕西 (index consistency: 11th in the technology sub-index [tech.shaanxi]), " + UNNAMED,
                    (1 - top3Share) * 100, national);
            a.forEach((p, v) -> put(key, YEAR, p, v, Provenance.RECONSTRUCTED, recon("patents", ma)));
            b.forEach((p, v) -> put(key, YEAR, p, v, Provenance.RECONSTRUCTED, recon("patents", mb)));
            Map<String, Double> carried = new LinkedHashMap<>();
            for (String p : provinces) {
                carried.put(p, cells.get(key).get(YEAR).get(p).value() / in.gdpGrowth(p));
            }
            List<String> order22 = shaanxi2022(RankShaping.order(provinces, carried, List.of()));
            String m22 = "five-year totals to 2022; " + backByGdp() + "; then rearranged so that 陕西 is 15th"
                    + " (index consistency: 陕西 rose 4 places to 11th in the technology sub-index [tech.shaanxi])";
            RankShaping.rearrange(order22, carried).forEach((p, v) ->
                    put(key, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("patents", m22)));
        }
    }

    /** 计算机制造业R&D经费: 广东 > 1500亿 = 39%; top ten in the stated order; 2022 order from the stated rank changes. */
    void rd() {
        Statement gd = facts.get("tech.guangdong_rd");
        double guangdong = gd.number("rd_lower_bound").orElseThrow() * (1 + BOUND_MARGIN);
        double national = guangdong / (gd.number("share_pct").orElseThrow() / 100);
        List<String> top10 = facts.get("tech.rd_top10").provinces();
        List<String> order = order(in.gdp2023(),
                List.of(new Group(top10, true), Group.ordered("陕西")), Set.of("广东"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, in.gdp2023()), national - guangdong);
        put(RD, YEAR, "广东", guangdong, Provenance.RECONSTRUCTED, recon("rd", String.format(Locale.ROOT,
                "广东 > 1500亿元 [tech.guangdong_rd]: set %s above the bound", BOUND_MARGIN_TEXT)));
        String method = String.format(Locale.ROOT, "national %.1f亿元 = 广东 / 39%% [tech.guangdong_rd]; the rest spread by"
                + " GDP 2023 rearranged to the stated order 广东>江苏>浙江>湖北>上海>山东>福建>安徽>四川>北京 [tech.rd_top10],"
                + " then 陕西 (index consistency: 11th in the technology sub-index [tech.shaanxi]), " + UNNAMED, national);
        rest.forEach((p, v) -> put(RD, YEAR, p, v, Provenance.RECONSTRUCTED, recon("rd", method)));

        // 2022: carried back by GDP growth, then rearranged to the 2022 order implied by 湖北 +2 and 山东 +3.
        Map<String, Integer> change = new LinkedHashMap<>();
        facts.get("tech.rd_rank_changes").value().orElseThrow().getAsJsonObject().entrySet()
                .forEach(e -> change.put(e.getKey(), Integer.parseInt(e.getValue().getAsString().replace("+", ""))));
        String[] slots = new String[top10.size()];
        for (Map.Entry<String, Integer> e : change.entrySet()) {
            slots[top10.indexOf(e.getKey()) + e.getValue()] = e.getKey(); // 2022 rank = 2023 rank + places gained
        }
        int next = 0;
        for (String p : top10) {
            if (change.containsKey(p)) {
                continue;
            }
            while (slots[next] != null) {
                next++;
            }
            slots[next] = p;
        }
        Map<String, Double> carried = new LinkedHashMap<>();
        for (String p : provinces) {
            carried.put(p, cells.get(RD).get(YEAR).get(p).value() / in.gdpGrowth(p));
        }
        List<String> order22 = shaanxi2022(order(in.gdp2022(), List.of(new Group(List.of(slots), true))));
        Map<String, Double> v22 = RankShaping.rearrange(order22, carried);
        String m22 = "2023 values carried back by each province's GDP growth, then rearranged to the 2022 order "
                + String.join(">", slots) + " implied by 湖北 +2 and 山东 +3 places in 2023 [tech.rd_rank_changes]"
                + " (other top-ten provinces keep their relative 2023 order); 陕西 15th (index consistency: it rose 4"
                + " places to 11th in the technology sub-index [tech.shaanxi]); " + UNNAMED + " 2022";
        v22.forEach((p, v) -> put(RD, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("rd", m22)));
    }

    /** 互联网省际出口带宽: mean > 55 Tbps; 广东、浙江、江苏 lead; 上海、北京、河南、河北 complete the top seven. */
    void bandwidth() {
        Statement n = facts.get("national.11");
        double mean = n.number("mean_per_province_tbps_lower_bound").orElseThrow() * (1 + BOUND_MARGIN);
        double growth = n.number("growth_pct_approx").orElseThrow() / 100;
        double national = mean * provinces.size();
        List<String> leaders = facts.get("env.bandwidth_leaders").provinces();
        List<String> top7 = new ArrayList<>(facts.get("env.network_top7").provinces());
        top7.removeAll(leaders);
        List<String> order = order(in.gdp2023(),
                List.of(new Group(leaders, false), new Group(top7, false)));
        Map<String, Double> v = RankShaping.scaleTo(RankShaping.rearrange(order, in.gdp2023()), national);
        String method = String.format(Locale.ROOT, "national %.1f Tbps = 31 × (55 Tbps + %s) [national.11: mean > 55];"
                + " spread by GDP 2023 rearranged: 广东、浙江、江苏 ranks 1-3 [env.bandwidth_leaders], 上海、北京、河南、河北"
                + " ranks 4-7 [env.network_top7], " + UNNAMED, national, BOUND_MARGIN_TEXT);
        v.forEach((p, x) -> {
            put(BANDWIDTH, YEAR, p, x, Provenance.RECONSTRUCTED, recon("bandwidth", method));
            put(BANDWIDTH, PREVIOUS, p, x / (1 + growth), Provenance.RECONSTRUCTED, recon("bandwidth",
                    "2023 / 1.10: the stated national growth of nearly 10% [national.11], applied to every province"));
        });
    }

    /** IT支出规模: national 2.4万亿 (+5.1%); 北京 > 3100亿, 广东 > 2800亿; top five 北京、广东、上海、江苏、浙江. */
    void itSpending() {
        Statement n = facts.get("national.12");
        double national = n.number("it_spend_100m_yuan").orElseThrow();
        double growth = n.number("growth_pct").orElseThrow() / 100;
        Statement it = facts.get("env.it_spend");
        Map<String, Double> pinned = new LinkedHashMap<>();
        it.value().orElseThrow().getAsJsonObject().entrySet()
                .forEach(e -> pinned.put(e.getKey(), e.getValue().getAsDouble() * (1 + BOUND_MARGIN)));
        List<String> top5 = facts.get("env.invest_top5").provinces();
        List<String> order = order(in.gdp2023(), List.of(new Group(top5, true)), pinned.keySet());
        double pinnedSum = pinned.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, in.gdp2023()), national - pinnedSum);
        String back = "2023 / 1.051: the stated national growth of 5.1% [national.12], applied to every province"
                + " (keeps the top five of 2022 the same [env.invest_top5])";
        pinned.forEach((p, v) -> {
            put(IT, YEAR, p, v, Provenance.RECONSTRUCTED, recon("it", String.format(Locale.ROOT,
                    "%s > %.0f亿元 [env.it_spend]: set %s above the bound", p, v / (1 + BOUND_MARGIN), BOUND_MARGIN_TEXT)));
            put(IT, PREVIOUS, p, v / (1 + growth), Provenance.RECONSTRUCTED, recon("it", back));
        });
        String method = String.format(Locale.ROOT, "national 24000亿元 [national.12] less 北京 and 广东, spread by GDP 2023"
                + " rearranged to the stated order 北京>广东>上海>江苏>浙江 [env.invest_top5], " + UNNAMED);
        rest.forEach((p, v) -> {
            put(IT, YEAR, p, v, Provenance.RECONSTRUCTED, recon("it", method));
            put(IT, PREVIOUS, p, v / (1 + growth), Provenance.RECONSTRUCTED, recon("it", back));
        });
    }

    /** 数据开放数林指数: top six 浙江、山东、上海、贵州、福建、四川 at 45 or more; 广西 in the top ten. */
    void openData() {
        Statement top6 = facts.get("env.open_data_top6");
        double floor = top6.number().orElseThrow() * (1 + BOUND_MARGIN);
        List<String> west = new ArrayList<>(facts.get("env.open_data_west_top10").provinces());
        west.removeAll(top6.provinces());
        List<String> order = order(in.gdp2023(),
                List.of(new Group(top6.provinces(), true), new Group(west, false)));
        int n = provinces.size();
        int k = top6.provinces().size();
        String method = String.format(Locale.ROOT, "rank-linear score through the stated bound: score(rank r) ="
                + " %.2f × (%d − r) / %d, so rank 6 scores 45 + %s [env.open_data_top6]; order 浙江>山东>上海>贵州>福建>四川"
                + " as listed (浙江 first in three of four layers [env.open_data_layers]), 广西 7th [env.open_data_west_top10],"
                + " " + UNNAMED + " (assumption: no score table is public)", floor, n + 1, n + 1 - k, BOUND_MARGIN_TEXT);
        for (int r = 1; r <= n; r++) {
            double score = floor * (n + 1 - r) / (n + 1 - k);
            String p = order.get(r - 1);
            put(OPEN_DATA, YEAR, p, score, Provenance.RECONSTRUCTED, recon("open-data", method));
            put(OPEN_DATA, PREVIOUS, p, score, Provenance.RECONSTRUCTED, recon("open-data",
                    "2022 = 2023 (assumption: no earlier score is public; the book itself cites both the 2022 and the"
                    + " 2023 edition of the index)"));
        }
    }

    /** 产业数字化规模: 广东 4.8万亿 first; 江苏…湖北 next (7 listed as 「前六」); these and 四川 > 2万亿. */
    void digitalization() {
        Statement gd = facts.get("app.guangdong_digitalization");
        double guangdong = gd.number().orElseThrow();
        Statement top = facts.get("app.digitalization_top");
        Statement above = facts.get("app.digitalization_above2tn");
        double threshold = above.number().orElseThrow();
        List<String> extra = new ArrayList<>(above.provinces());
        extra.removeAll(top.provinces());
        List<String> order = order(in.gdp2023(),
                List.of(new Group(top.provinces(), true), new Group(extra, false)), Set.of("广东"));
        LinkedHashMap<String, Double> all = RankShaping.rearrange(order, in.gdp2023());
        int named = top.provinces().size() - 1 + extra.size();
        LinkedHashMap<String, Double> block = new LinkedHashMap<>();
        LinkedHashMap<String, Double> rest = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Double> e : all.entrySet()) {
            (i++ < named ? block : rest).put(e.getKey(), e.getValue());
        }
        double floor = threshold * (1 + BOUND_MARGIN);
        double ceiling = guangdong * (1 - BOUND_MARGIN);
        Map<String, Double> fitted = RankShaping.fitBetween(block, floor, ceiling);
        double maxRest = rest.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double rho = Math.min(guangdong / in.gdp2023().get("广东"), threshold * (1 - BOUND_MARGIN) / maxRest);
        put(DIGITALIZATION, YEAR, "广东", guangdong, Provenance.STATED, stated(gd, "广东 4.8万亿元"));
        String mb = String.format(Locale.ROOT, "GDP 2023 rearranged to the stated order 江苏>山东>浙江>福建>上海>湖北"
                + " [app.digitalization_top; the book lists 7 provinces as 「前六」, read as ranks 1-7 with 广东], then 四川"
                + " [app.digitalization_above2tn], mapped by a power law into (2万亿 + %s, 广东 − %s) so every named"
                + " province is above 2万亿 and below 广东", BOUND_MARGIN_TEXT, BOUND_MARGIN_TEXT);
        String mr = String.format(Locale.ROOT, "GDP 2023 rearranged × %.4f = min(广东's digitalization/GDP ratio, the"
                + " ratio keeping every unnamed province below 2万亿 − %s) (assumption: the book names all provinces"
                + " above 2万亿)", rho, BOUND_MARGIN_TEXT);
        fitted.forEach((p, v) -> put(DIGITALIZATION, YEAR, p, v, Provenance.RECONSTRUCTED, recon("digitalization", mb)));
        rest.forEach((p, v) -> put(DIGITALIZATION, YEAR, p, v * rho, Provenance.RECONSTRUCTED,
                recon("digitalization", mr)));
        for (String p : provinces) {
            double v = cells.get(DIGITALIZATION).get(YEAR).get(p).value();
            put(DIGITALIZATION, PREVIOUS, p, v / in.gdpGrowth(p), Provenance.RECONSTRUCTED,
                    recon("digitalization", backByGdp()));
        }
    }

    /** 典型应用案例: 34 cases in 18 provinces; 浙江、北京、广东、湖南 top four. */
    void cases() {
        int total = (int) facts.get("app.cases_total").number().orElseThrow();
        int withCases = (int) facts.get("app.cases_provinces").number().orElseThrow();
        List<String> top4 = facts.get("app.cases_top4").provinces();
        List<String> order = order(in.gdp2023(), List.of(new Group(top4, true)));
        int others = withCases - top4.size();
        int forTop = total - others;
        Map<String, Double> v = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String p = order.get(i);
            if (i < top4.size()) {
                v.put(p, (double) (forTop / top4.size() + (i < forTop % top4.size() ? 1 : 0)));
            } else {
                v.put(p, i < withCases ? 1.0 : 0.0);
            }
        }
        String method = String.format(Locale.ROOT, "%d cases [app.cases_total] in %d provinces [app.cases_provinces]:"
                + " the top four 浙江、北京、广东、湖南 [app.cases_top4] share the %d cases left after one case each for the"
                + " next %d provinces by GDP 2023 (assumption: the list is not public); the other %d provinces have none",
                total, withCases, forTop, others, provinces.size() - withCases);
        v.forEach((p, x) -> {
            put(CASES, YEAR, p, x, Provenance.RECONSTRUCTED, recon("cases", method));
            put(CASES, PREVIOUS, p, x, Provenance.RECONSTRUCTED, recon("cases", "2022 = 2023 (assumption: only the 2023"
                    + " list is cited by the book)"));
        });
    }

    // ---------------------------------------------------------------- bookkeeping

    /** The rank order: stated groups, then the unnamed provinces by the overall tiers, then by GDP. */
    List<String> order(Map<String, Double> proxy, List<Group> groups, Set<String> exclude) {
        return RankShaping.order(provinces, proxy, groups, exclude, tiers);
    }

    List<String> order(Map<String, Double> proxy, List<Group> groups) {
        return order(proxy, groups, Set.of());
    }

    /** The order with 陕西 moved to 15th: the book has it rise 4 places to 11th in technology (tech.shaanxi). */
    List<String> shaanxi2022(List<String> order) {
        Statement s = facts.get("tech.shaanxi");
        int rank = (int) s.number("rank_2022").orElseThrow();
        List<String> out = new ArrayList<>(order);
        String p = s.provinces().get(0);
        out.remove(p);
        out.add(rank - 1, p);
        return out;
    }

    /** How the unnamed provinces are ordered, for the source column. */
    static final String UNNAMED = "unnamed provinces ordered by the book's overall tiers (top six, then ranks 7-15"
            + " [overall.top6, overall.rank7_15]) and then by GDP";

    void put(String key, int year, String province, double value, Provenance provenance, String source) {
        Map<String, UnroundedValue> m = cells.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(year, y -> new LinkedHashMap<>());
        if (m.put(province, new UnroundedValue(value, provenance, source)) != null) {
            throw new IllegalStateException("two values for " + key + " " + year + " " + province);
        }
    }

    static String recon(String step, String method) {
        return "reconstruct/" + step + ": " + method + " (" + DOC + "#" + step + ")";
    }

    static String stated(Statement s, String what) {
        return "blue book 2024 " + s.section() + " [" + s.id() + "]: " + what;
    }

    static String backByGdp() {
        return "2023 value / the province's nominal GDP growth 2022→2023 (" + ReferenceInputs.GDP_SOURCE
                + "; assumption: the indicator grew with the province's economy)";
    }

    private void checkComplete() {
        for (FrameworkNode leaf : framework.leaves()) {
            for (int year : List.of(PREVIOUS, YEAR)) {
                Map<String, UnroundedValue> m = cells.getOrDefault(leaf.key(), Map.of()).getOrDefault(year, Map.of());
                for (String p : provinces) {
                    if (!m.containsKey(p)) {
                        throw new IllegalStateException("no value for " + leaf.key() + " " + year + " " + p);
                    }
                }
            }
        }
    }

    /** The unrounded cell. */
    public UnroundedValue cell(String key, int year, String province) {
        return cells.get(key).get(year).get(province);
    }

    /** Decimal places written for each unit: enough to keep ranks strict, no more. */
    static int decimals(String unit) {
        return switch (unit) {
            case "EFlops" -> 4;
            case "万块", "件", "个" -> 0;
            case "Tbps", "/" -> 2;
            default -> 1;
        };
    }

    /** The rows, 2022 then 2023, indicators in 表1 order, provinces in NBS order, values rounded. */
    public List<ReconstructedValue> rows() {
        List<ReconstructedValue> out = new ArrayList<>();
        for (int year : List.of(PREVIOUS, YEAR)) {
            for (FrameworkNode leaf : framework.leaves()) {
                for (String p : provinces) {
                    UnroundedValue c = cell(leaf.key(), year, p);
                    String v = IndicatorData.formatNumber(round(c.value(), decimals(leaf.unit())));
                    out.add(new ReconstructedValue(year, p, leaf.key(), v, leaf.unit(), c.provenance(), c.source()));
                }
            }
        }
        return out;
    }

    static double round(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The rounded values as indicator data, exactly what {@link #write} puts into the file. */
    public IndicatorData data() {
        List<Observation> obs = new ArrayList<>();
        for (ReconstructedValue r : rows()) {
            obs.add(new Observation(r.year(), Provinces.resolve(r.province()), r.indicator(), r.numeric(), r.unit(),
                    r.provenance(), r.source()));
        }
        return IndicatorData.of(VariableCatalog.standard(), obs);
    }

    /** The long-form CSV text (UTF-8, LF line ends, RFC 4180 quoting), as {@link IndicatorData#toCsv()} writes it. */
    public String toCsv() {
        return data().toCsv();
    }

    /** Writes the CSV atomically (a temporary file in the same folder, then a move). */
    public void write(Path file) {
        data().write(file);
    }

    public List<String> provinces() {
        return provinces;
    }
}

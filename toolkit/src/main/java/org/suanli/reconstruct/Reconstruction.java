package org.suanli.reconstruct;

import static org.suanli.reconstruct.RankShaping.Group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.suanli.data.DataFiles;
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
 * {@code blue_book_2024_facts.json}), official GDP by province, partial official software revenue with its growth,
 * and two national totals read in public copies of official releases (IC output, software revenue; provenance
 * secondary). Each indicator's recipe (one method below, documented in {@code data/RECONSTRUCTION.md}):
 * <ol>
 *   <li>starts from a national total: the public official one where there is one, else stated or derived from a
 *       stated value and its share;</li>
 *   <li>fixes the stated values, puts bounds just above the bound (A1, {@link ReconstructionAssumptions#boundMargin});</li>
 *   <li>orders the provinces as the book ranks them, the unnamed ones by the book's overall index tiers and then GDP
 *       (A4: data shaped toward two index statements, declared in {@link ShapingStatements});</li>
 *   <li>spreads the remainder by GDP, rearranged along that order ({@link RankShaping});</li>
 *   <li>makes 2022 from the evidence there is (MIIT's growth rates, the national totals' growth, the book's national
 *       growth rates, its stated rank changes by the fewest moves), else by each province's GDP growth; the implied
 *       growth of every cell is in {@link GrowthReport}.</li>
 * </ol>
 * Indicators 1–3 (compute) use the capacity module's fleet method ({@link ComputeShares}). Nothing is random;
 * the output is byte-for-byte reproducible.
 */
public final class Reconstruction {


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
    /** The parameters that are not in the book (A1, A2, A4, A7, A8, λ). */
    final ReconstructionAssumptions assumptions;
    /** A1 as a fraction and as printed. */
    final double margin;
    final String marginText;
    /** A2: the proxy that spreads national remainders, GDP 2023 to the power of the assumptions' exponent. */
    final Map<String, Double> proxy;
    /** How the unnamed provinces are ordered, for the source column (depends on A4). */
    final String unnamed;
    /** The book's overall tiers: 0 = top six (第一梯队), 1 = ranks 7–15; used to order unnamed provinces. */
    final Map<String, Integer> tiers;
    private final Map<String, Map<String, Set<String>>> growthAskedBy = new TreeMap<>();
    /** indicator → year → province → cell */
    private final Map<String, Map<Integer, Map<String, UnroundedValue>>> cells = new LinkedHashMap<>();

    private Reconstruction(ReferenceInputs in, Statements facts, Framework framework,
                           ReconstructionAssumptions assumptions) {
        this.in = in;
        this.facts = facts;
        this.framework = framework;
        this.assumptions = assumptions;
        this.margin = assumptions.boundMargin();
        this.marginText = assumptions.boundMarginText();
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
        this.tiers = assumptions.tierOrder() ? Map.copyOf(t) : Map.of();
        this.unnamed = assumptions.tierOrder() ? UNNAMED : "unnamed provinces ordered by GDP";
        for (String p : provinces) {
            if (!in.gdp2022().containsKey(p) || !in.gdp2023().containsKey(p)) {
                throw new IllegalArgumentException("The GDP input has no 2022/2023 value for " + p);
            }
        }
        Map<String, Double> px = new LinkedHashMap<>();
        for (String p : provinces) {
            double g = in.gdp2023().get(p);
            px.put(p, assumptions.proxyExponent() == 1.0 ? g : StrictMath.pow(g, assumptions.proxyExponent()));
        }
        this.proxy = Map.copyOf(px);
    }

    /** Rebuilds everything from the inputs in {@code dataDir} and the bundled statements and framework. */
    public static Reconstruction run(Path dataDir) throws IOException {
        return run(dataDir, ReconstructionAssumptions.standard());
    }

    /** As {@link #run(Path)}, with other assumptions (a sensitivity analysis varies them here). */
    public static Reconstruction run(Path dataDir, ReconstructionAssumptions assumptions) throws IOException {
        return run(ReferenceInputs.load(dataDir), Statements.standard(), Framework.standard(), assumptions);
    }

    public static Reconstruction run(ReferenceInputs in, Statements facts, Framework framework) {
        return run(in, facts, framework, ReconstructionAssumptions.standard());
    }

    public static Reconstruction run(ReferenceInputs in, Statements facts, Framework framework,
                                     ReconstructionAssumptions assumptions) {
        Reconstruction r = new Reconstruction(in, facts, framework, assumptions);
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
        List<String> order = order(proxy, List.of(new Group(top.provinces(), true)),
                Set.of("广东"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, proxy), national - gd23);
        put(DEVICES, YEAR, "广东", gd23, Provenance.STATED, stated(gd, "广东 2023 output 820万台 (55% of the national total)"));
        put(DEVICES, PREVIOUS, "广东", gd22, Provenance.STATED, stated(gd, "广东 2022 output 1100万台"));
        asked(DEVICES, "广东", gd.id());
        String method = String.format(Locale.ROOT, "national %.1f万台 = 广东 %.0f / %.0f%% [industry.guangdong_devices];"
                + " the other %.1f万台 spread by GDP 2023 rearranged to the stated ranks 广东>福建>天津>江苏>山东"
                + " [industry.device_top5, industry.shandong_device_rank], " + unnamed, national, gd23, share * 100,
                national - gd23);
        rest.forEach((p, v) -> put(DEVICES, YEAR, p, v, Provenance.RECONSTRUCTED, recon("devices", method)));
        String back = "2022 = 2023 (assumption: the book reports the 2022→2023 change only for 广东; other provinces held"
                + " at their reconstructed 2023 output)";
        rest.forEach((p, v) -> put(DEVICES, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("devices", back)));
    }

    /**
     * 集成电路产量: the national output is NBS's (secondary copy); 江苏 holds the stated 30% of it, which is above the
     * stated 1000亿块; the others follow the listed order 江苏、广东、甘肃、上海、浙江、北京; 2022 by the national growth.
     */
    void ic() {
        Statement js = facts.get("industry.jiangsu_ic");
        ReferenceInputs.NationalFigure nf = in.nationalOf(IC);
        double bound = js.number("ic_output_lower_bound").orElseThrow() * 10_000; // 亿块 → 万块
        double share = js.number("share_pct").orElseThrow() / 100;
        double national = nf.value();
        double jiangsu = share * national;
        if (!(jiangsu > bound)) {
            throw new IllegalStateException("江苏's 30% of the national IC output (" + jiangsu + "万块) is not above the"
                    + " stated 1000亿块 [industry.jiangsu_ic]: check data/inputs/" + ReferenceInputs.NATIONAL_FILE);
        }
        Statement leaders = facts.get("industry.chip_leaders");
        List<String> order = order(proxy, List.of(new Group(leaders.provinces(), true)), Set.of("江苏"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, proxy), national - jiangsu);
        String nat = String.format(Locale.ROOT, "national %.0f万块 (secondary: %s)", national, cite(nf));
        put(IC, YEAR, "江苏", jiangsu, Provenance.RECONSTRUCTED, recon("ic", String.format(Locale.ROOT,
                "30%% [industry.jiangsu_ic] of the %s; above the stated 1000亿块", nat)));
        // 2022: the national total by the release's own growth; 江苏 stays above the bound it crossed in 2021-2023.
        double national22 = nf.previous();
        double carried = jiangsu / (1 + nf.growthPct() / 100);
        double jiangsu22 = Math.max(carried, bound * (1 + margin));
        put(IC, PREVIOUS, "江苏", jiangsu22, Provenance.RECONSTRUCTED, recon("ic", carried > bound * (1 + margin)
                ? String.format(Locale.ROOT, "2023 / %.3f, the national growth (secondary: %s)", 1 + nf.growthPct() / 100,
                        cite(nf))
                : String.format(Locale.ROOT, "carried back at the national growth (%.1f%%, secondary) it would be %.0f万块,"
                        + " below the 1000亿块 it crossed three years running (连续三年突破) [industry.jiangsu_ic]; set %s above"
                        + " the bound (A1)", nf.growthPct(), carried, marginText)));
        double restFactor = (national22 - jiangsu22) / (national - jiangsu);
        String method = String.format(Locale.ROOT, "the %s less 江苏, spread by GDP 2023 rearranged to the stated order"
                + " 江苏>广东>甘肃>上海>浙江>北京 [industry.chip_leaders], " + unnamed, nat);
        String back = String.format(Locale.ROOT, "2023 × %.4f: the national 2022 output (2023 / %.3f, the release's own"
                + " growth) less 江苏, in proportion to 2023", restFactor, 1 + nf.growthPct() / 100);
        rest.forEach((p, v) -> {
            put(IC, YEAR, p, v, Provenance.RECONSTRUCTED, recon("ic", method));
            put(IC, PREVIOUS, p, v * restFactor, Provenance.RECONSTRUCTED, recon("ic", back));
        });
    }

    /**
     * 软件业务收入: 北京 > 2.6万亿 first; 北京、广东、江苏、山东、上海 > 1万亿; the four others MIIT names from its Q1 2023
     * figures; the national total is MIIT's (secondary copy), the remainder spread over the unnamed provinces; 2022 by
     * MIIT's growth rates where it gives them.
     */
    void software() {
        Statement bj = facts.get("industry.beijing_software");
        Statement top = facts.get("industry.software_top5");
        ReferenceInputs.NationalFigure nf = in.nationalOf(SOFTWARE);
        double beijing = bj.number().orElseThrow() * (1 + margin);
        double q1Beijing = in.softwareQ1().get("北京");
        double annualise = beijing / q1Beijing;
        Map<String, Double> v23 = new LinkedHashMap<>();
        Map<String, String> src = new LinkedHashMap<>();
        v23.put("北京", beijing);
        src.put("北京", String.format(Locale.ROOT, "北京 > 26000亿元 [industry.beijing_software]: set %s above the bound",
                marginText));
        for (String p : provinces) {
            if (p.equals("北京") || !in.softwareQ1().containsKey(p)) {
                continue;
            }
            v23.put(p, in.softwareQ1().get(p) * annualise);
            src.put(p, String.format(Locale.ROOT, "%s Q1 2023 revenue (%s) × %.4f, the ratio of 北京's full-year value"
                    + " to its Q1 value (assumption: the Q1 share of the year is the same in every province)",
                    p, ReferenceInputs.SOFTWARE_SOURCE, annualise));
        }
        double threshold = top.number().orElseThrow();
        for (String p : top.provinces()) {
            if (!v23.containsKey(p)) {
                v23.put(p, threshold * (1 + margin));
                src.put(p, String.format(Locale.ROOT, "%s > 10000亿元 [industry.software_top5], no official partial"
                        + " figure: set %s above the bound", p, marginText));
            }
        }
        double named = v23.values().stream().mapToDouble(Double::doubleValue).sum();
        double remainder = nf.value() - named;
        if (!(remainder > 0)) {
            throw new IllegalStateException("the named software provinces (" + named + "亿元) exceed the national total "
                    + nf.value());
        }
        List<String> unnamedOrder = order(proxy, List.of(), v23.keySet());
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(unnamedOrder, proxy), remainder);
        double largest = rest.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (!(largest < threshold)) {
            throw new IllegalStateException("an unnamed province would pass 1万亿 of software revenue");
        }
        String restSrc = String.format(Locale.ROOT, "the national %.0f亿元 (secondary: %s) less the named provinces,"
                + " spread by GDP 2023 rearranged, %s", nf.value(), cite(nf), unnamed);
        rest.forEach((p, v) -> {
            v23.put(p, v);
            src.put(p, restSrc);
        });
        // 2022: MIIT's Q1 growth where it gives one, the national growth for 上海, the national remainder for the rest.
        Map<String, Double> v22 = new LinkedHashMap<>();
        Map<String, String> src22 = new LinkedHashMap<>();
        double nationalGrowth = 1 + nf.growthPct() / 100;
        for (String p : v23.keySet()) {
            if (rest.containsKey(p)) {
                continue;
            }
            Double g = in.softwareQ1GrowthPct().get(p);
            if (g != null) {
                v22.put(p, v23.get(p) / (1 + g / 100));
                src22.put(p, String.format(Locale.ROOT, "2023 / %.3f, MIIT's growth of %s's Q1 revenue on Q1 2022 (%s)",
                        1 + g / 100, p, ReferenceInputs.SOFTWARE_SOURCE));
            } else {
                v22.put(p, v23.get(p) / nationalGrowth);
                src22.put(p, String.format(Locale.ROOT, "2023 / %.3f, the national growth (secondary: %s); MIIT gives no"
                        + " growth for %s", nationalGrowth, cite(nf), p));
            }
        }
        double named22 = v22.values().stream().mapToDouble(Double::doubleValue).sum();
        double restFactor = (nf.previous() - named22) / remainder;
        String restSrc22 = String.format(Locale.ROOT, "2023 × %.4f: the national 2022 revenue (2023 / %.3f, secondary)"
                + " less the named provinces' 2022 values, in proportion to 2023", restFactor, nationalGrowth);
        rest.forEach((p, v) -> {
            v22.put(p, v * restFactor);
            src22.put(p, restSrc22);
        });
        for (String p : provinces) {
            put(SOFTWARE, YEAR, p, v23.get(p), Provenance.RECONSTRUCTED, recon("software", src.get(p)));
            put(SOFTWARE, PREVIOUS, p, v22.get(p), Provenance.RECONSTRUCTED, recon("software", src22.get(p)));
        }
    }

    /** The short citation of a secondary national figure in a source cell: publisher and first URL. */
    static String cite(ReferenceInputs.NationalFigure nf) {
        String s = nf.source();
        int http = s.indexOf("http");
        String url = http < 0 ? "" : s.substring(http).split("[\\s,;)]")[0];
        String publisher = s.startsWith(Provenance.SECONDARY_PUBLISHER_MARK)
                ? s.substring(Provenance.SECONDARY_PUBLISHER_MARK.length()).strip().split("[ ,(]")[0] : "";
        return (publisher + " via " + url + ", data/inputs/" + ReferenceInputs.NATIONAL_FILE).strip();
    }

    /** 计算发明专利申请数/授权数 (five-year totals): 广东 6万/2.2万 = 41%; top three > 2/3; top ten as stated. */
    void patents() {
        Statement gd = facts.get("tech.guangdong_patents");
        double share = gd.number("share_pct").orElseThrow() / 100;
        double top3Share = facts.get("tech.innovation_top3_share").number().orElseThrow() / 100 * (1 + margin);
        List<String> top3 = facts.get("tech.innovation_top3").provinces();
        List<String> top10 = new ArrayList<>(facts.get("tech.innovation_top10_rest").provinces());
        top10.removeAll(top3);
        List<Group> groups = new ArrayList<>(List.of(new Group(top3, true), new Group(top10, false)));
        groups.addAll(shaanxiGroup());
        for (String key : List.of(PATENT_APPS, PATENT_GRANTS)) {
            double gdValue = gd.number(key.equals(PATENT_APPS) ? "applications_5yr" : "grants_5yr").orElseThrow();
            double national = gdValue / share;
            List<String> order = order(proxy, groups, Set.of("广东"));
            List<String> second = order.subList(0, top3.size() - 1);
            List<String> rest = order.subList(top3.size() - 1, order.size());
            Map<String, Double> a = RankShaping.scaleTo(RankShaping.rearrange(second, proxy),
                    (top3Share - share) * national);
            Map<String, Double> b = RankShaping.scaleTo(RankShaping.rearrange(rest, proxy),
                    (1 - top3Share) * national);
            String what = key.equals(PATENT_APPS) ? "applications" : "grants";
            put(key, YEAR, "广东", gdValue, Provenance.STATED, stated(gd, "广东 five-year " + what + " "
                    + String.format(Locale.ROOT, "%.0f", gdValue)));
            String ma = String.format(Locale.ROOT, "five-year totals; national %.0f = 广东 / 41%% [tech.guangdong_patents];"
                    + " 广东+北京+上海 hold 2/3 + %s = %.1f%% [tech.innovation_top3_share], 北京>上海 split by GDP 2023"
                    + " rearranged", national, marginText, top3Share * 100);
            String mb = String.format(Locale.ROOT, "five-year totals; the other %.1f%% of national %.0f spread by GDP 2023"
                    + " rearranged: ranks 4-10 浙江、江苏、山东、湖南、湖北、安徽、四川 [tech.innovation_top10_rest], then"
                    + shaanxiText(" 陕西 (index consistency: 11th in the technology sub-index [tech.shaanxi]),") + " "
                    + unnamed,
                    (1 - top3Share) * 100, national);
            a.forEach((p, v) -> put(key, YEAR, p, v, Provenance.RECONSTRUCTED, recon("patents", ma)));
            b.forEach((p, v) -> put(key, YEAR, p, v, Provenance.RECONSTRUCTED, recon("patents", mb)));
            Map<String, Double> carried = new LinkedHashMap<>();
            for (String p : provinces) {
                carried.put(p, cells.get(key).get(YEAR).get(p).value() / in.gdpGrowth(p));
            }
            Map<String, Integer> moves = shaanxiMove();
            String m22 = "five-year totals to 2022; " + backByGdp();
            String moved = "five-year totals to 2022; " + backByGdp() + "; then moved to 15th, between its new"
                    + " neighbours, no other province changed (index consistency: 陕西 rose 4 places to 11th in the"
                    + " technology sub-index [tech.shaanxi], A8)";
            RankShaping.placeAt(carried, moves).forEach((p, v) -> {
                put(key, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("patents", moves.containsKey(p) ? moved : m22));
                if (moves.containsKey(p)) {
                    asked(key, p, "tech.shaanxi");
                }
            });
        }
    }

    /** 计算机制造业R&D经费: 广东 > 1500亿 = 39%; top ten in the stated order; 2022 order from the stated rank changes. */
    void rd() {
        Statement gd = facts.get("tech.guangdong_rd");
        double guangdong = gd.number("rd_lower_bound").orElseThrow() * (1 + margin);
        double national = guangdong / (gd.number("share_pct").orElseThrow() / 100);
        List<String> top10 = facts.get("tech.rd_top10").provinces();
        List<Group> rdGroups = new ArrayList<>(List.of(new Group(top10, true)));
        rdGroups.addAll(shaanxiGroup());
        List<String> order = order(proxy, rdGroups, Set.of("广东"));
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, proxy), national - guangdong);
        put(RD, YEAR, "广东", guangdong, Provenance.RECONSTRUCTED, recon("rd", String.format(Locale.ROOT,
                "广东 > 1500亿元 [tech.guangdong_rd]: set %s above the bound", marginText)));
        String method = String.format(Locale.ROOT, "national %.1f亿元 = 广东 / 39%% [tech.guangdong_rd]; the rest spread by"
                + " GDP 2023 rearranged to the stated order 广东>江苏>浙江>湖北>上海>山东>福建>安徽>四川>北京 [tech.rd_top10],"
                + shaanxiText(" then 陕西 (index consistency: 11th in the technology sub-index [tech.shaanxi]),") + " "
                + unnamed, national);
        rest.forEach((p, v) -> put(RD, YEAR, p, v, Provenance.RECONSTRUCTED, recon("rd", method)));

        // 2022: carried back by GDP growth; only the provinces whose rank change the book states are moved.
        Map<String, Integer> moves = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        facts.get("tech.rd_rank_changes").value().orElseThrow().getAsJsonObject().entrySet().forEach(e -> {
            int gained = Integer.parseInt(e.getValue().getAsString().replace("+", ""));
            int rank23 = top10.indexOf(e.getKey()) + 1;
            moves.put(e.getKey(), rank23 + gained); // 2022 rank = 2023 rank + places gained
            why.put(e.getKey(), String.format(Locale.ROOT, "moved from %d to %d: it rose %d places to %d in 2023"
                    + " [tech.rd_rank_changes]", rank23, rank23 + gained, gained, rank23));
        });
        shaanxiMove().forEach((p, r) -> {
            moves.put(p, r);
            why.put(p, "moved to 15th (index consistency: 陕西 rose 4 places to 11th in the technology sub-index"
                    + " [tech.shaanxi], A8)");
        });
        Map<String, Double> carried = new LinkedHashMap<>();
        for (String p : provinces) {
            carried.put(p, cells.get(RD).get(YEAR).get(p).value() / in.gdpGrowth(p));
        }
        String m22 = backByGdp();
        RankShaping.placeAt(carried, moves).forEach((p, v) -> {
            String m = moves.containsKey(p) ? backByGdp() + "; then " + why.get(p) + ", set between its new neighbours;"
                    + " no other province changed (fewest swaps)" : m22;
            put(RD, PREVIOUS, p, v, Provenance.RECONSTRUCTED, recon("rd", m));
        });
        for (String p : moves.keySet()) {
            asked(RD, p, p.equals("陕西") && !facts.get("tech.rd_rank_changes").value().orElseThrow()
                    .getAsJsonObject().has(p) ? "tech.shaanxi" : "tech.rd_rank_changes");
        }
    }

    /** 互联网省际出口带宽: mean > 55 Tbps; 广东、浙江、江苏 lead; 上海、北京、河南、河北 complete the top seven. */
    void bandwidth() {
        Statement n = facts.get("national.11");
        double mean = n.number("mean_per_province_tbps_lower_bound").orElseThrow() * (1 + margin);
        double growth = n.number("growth_pct_approx").orElseThrow() / 100;
        double national = mean * provinces.size();
        List<String> leaders = facts.get("env.bandwidth_leaders").provinces();
        List<String> top7 = new ArrayList<>(facts.get("env.network_top7").provinces());
        top7.removeAll(leaders);
        List<String> order = order(proxy,
                List.of(new Group(leaders, false), new Group(top7, false)));
        Map<String, Double> v = RankShaping.scaleTo(RankShaping.rearrange(order, proxy), national);
        String method = String.format(Locale.ROOT, "national %.1f Tbps = 31 × (55 Tbps + %s) [national.11: mean > 55];"
                + " spread by GDP 2023 rearranged: 广东、浙江、江苏 ranks 1-3 [env.bandwidth_leaders], 上海、北京、河南、河北"
                + " ranks 4-7 [env.network_top7], " + unnamed, national, marginText);
        v.forEach((p, x) -> {
            asked(BANDWIDTH, p, n.id());
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
                .forEach(e -> pinned.put(e.getKey(), e.getValue().getAsDouble() * (1 + margin)));
        List<String> top5 = facts.get("env.invest_top5").provinces();
        List<String> order = order(proxy, List.of(new Group(top5, true)), pinned.keySet());
        double pinnedSum = pinned.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> rest = RankShaping.scaleTo(RankShaping.rearrange(order, proxy), national - pinnedSum);
        String back = "2023 / 1.051: the stated national growth of 5.1% [national.12], applied to every province"
                + " (keeps the top five of 2022 the same [env.invest_top5])";
        pinned.forEach((p, v) -> {
            asked(IT, p, n.id());
            put(IT, YEAR, p, v, Provenance.RECONSTRUCTED, recon("it", String.format(Locale.ROOT,
                    "%s > %.0f亿元 [env.it_spend]: set %s above the bound", p, v / (1 + margin), marginText)));
            put(IT, PREVIOUS, p, v / (1 + growth), Provenance.RECONSTRUCTED, recon("it", back));
        });
        String method = String.format(Locale.ROOT, "national 24000亿元 [national.12] less 北京 and 广东, spread by GDP 2023"
                + " rearranged to the stated order 北京>广东>上海>江苏>浙江 [env.invest_top5], " + unnamed);
        rest.forEach((p, v) -> {
            asked(IT, p, n.id());
            put(IT, YEAR, p, v, Provenance.RECONSTRUCTED, recon("it", method));
            put(IT, PREVIOUS, p, v / (1 + growth), Provenance.RECONSTRUCTED, recon("it", back));
        });
    }

    /** 数据开放数林指数: top six 浙江、山东、上海、贵州、福建、四川 at 45 or more; 广西 in the top ten. */
    void openData() {
        Statement top6 = facts.get("env.open_data_top6");
        double floor = top6.number().orElseThrow() * (1 + margin);
        List<String> west = new ArrayList<>(facts.get("env.open_data_west_top10").provinces());
        west.removeAll(top6.provinces());
        List<String> order = order(proxy,
                List.of(new Group(top6.provinces(), true), new Group(west, false)));
        int n = provinces.size();
        int k = top6.provinces().size();
        String method = String.format(Locale.ROOT, "rank-linear score through the stated bound: score(rank r) ="
                + " %.2f × (%d − r) / %d, so rank 6 scores 45 + %s [env.open_data_top6]; order 浙江>山东>上海>贵州>福建>四川"
                + " as listed (浙江 first in three of four layers [env.open_data_layers]), 广西 7th [env.open_data_west_top10],"
                + " " + unnamed + " (assumption: no score table is public)", floor, n + 1, n + 1 - k, marginText);
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
        List<String> order = order(proxy,
                List.of(new Group(top.provinces(), true), new Group(extra, false)), Set.of("广东"));
        LinkedHashMap<String, Double> all = RankShaping.rearrange(order, proxy);
        int named = top.provinces().size() - 1 + extra.size();
        LinkedHashMap<String, Double> block = new LinkedHashMap<>();
        LinkedHashMap<String, Double> rest = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Double> e : all.entrySet()) {
            (i++ < named ? block : rest).put(e.getKey(), e.getValue());
        }
        double floor = threshold * (1 + margin);
        double ceiling = guangdong * (1 - margin);
        Map<String, Double> fitted = RankShaping.fitBetween(block, floor, ceiling);
        double maxRest = rest.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double rho = Math.min(guangdong / proxy.get("广东"), threshold * (1 - margin) / maxRest);
        put(DIGITALIZATION, YEAR, "广东", guangdong, Provenance.STATED, stated(gd, "广东 4.8万亿元"));
        String mb = String.format(Locale.ROOT, "GDP 2023 rearranged to the stated order 江苏>山东>浙江>福建>上海>湖北"
                + " [app.digitalization_top; the book lists 7 provinces as 「前六」, read as ranks 1-7 with 广东], then 四川"
                + " [app.digitalization_above2tn], mapped by a power law into (2万亿 + %s, 广东 − %s) so every named"
                + " province is above 2万亿 and below 广东", marginText, marginText);
        String mr = String.format(Locale.ROOT, "GDP 2023 rearranged × %.4f = min(广东's digitalization/GDP ratio, the"
                + " ratio keeping every unnamed province below 2万亿 − %s) (assumption: the book names all provinces"
                + " above 2万亿)", rho, marginText);
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
        List<String> order = order(proxy, List.of(new Group(top4, true)));
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

    /** A8 in 2022: 陕西 → its stated 2022 rank (15th), or nothing when the assumption is off. */
    Map<String, Integer> shaanxiMove() {
        if (!assumptions.shaanxiPlacement()) {
            return Map.of();
        }
        Statement s = facts.get("tech.shaanxi");
        return Map.of(s.provinces().get(0), (int) s.number("rank_2022").orElseThrow());
    }

    /** Records that a statement asks for this cell's change from 2022 to 2023 (for the growth report's flag). */
    void asked(String key, String province, String statementId) {
        facts.get(statementId); // fails on an unknown id
        growthAskedBy.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(province, p -> new TreeSet<>())
                .add(statementId);
    }

    /** indicator → province → the statements that ask for its 2022→2023 change. */
    public Map<String, Map<String, Set<String>>> growthAskedBy() {
        return growthAskedBy;
    }

    /** A8: 陕西 as its own group after the stated ones, or nothing when the assumption is off. */
    List<Group> shaanxiGroup() {
        return assumptions.shaanxiPlacement() ? List.of(Group.ordered("陕西")) : List.of();
    }

    /** The source text of A8 when it is on, else empty. */
    String shaanxiText(String text) {
        return assumptions.shaanxiPlacement() ? text : "";
    }

    /** How the unnamed provinces are ordered (A4 on: {@link #UNNAMED}), for the source column. */
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

    /**
     * The files written next to {@code indicators.csv} and checked with it: the implied growth of every cell with
     * its ±30% flag ({@link GrowthReport}) and the statements that shaped the data ({@link ShapingStatements}).
     */
    public Map<String, String> companionFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(GROWTH_FILE, GrowthReport.of(this).toCsv());
        m.put(STATEMENTS_FILE, ShapingStatements.of(this).toCsv());
        return m;
    }

    public static final String GROWTH_FILE = "reconstruction_growth.csv";
    public static final String STATEMENTS_FILE = "reconstruction_statements.csv";

    /** Writes the CSV atomically (a temporary file in the same folder, then a move). */
    public void write(Path file) {
        data().write(file);
    }

    public List<String> provinces() {
        return provinces;
    }

    /**
     * Whether {@link #toCsv()} is byte for byte the shipped {@code data/indicators.csv} (found as {@link DataFiles}
     * finds it): true when the shipped file is exactly what this reconstruction writes.
     */
    public boolean matchesShippedFile() {
        Path shipped = DataFiles.path("indicators.csv");
        try {
            return Files.isRegularFile(shipped) && toCsv().equals(Files.readString(shipped, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shipped + ": " + e.getMessage(), e);
        }
    }
}

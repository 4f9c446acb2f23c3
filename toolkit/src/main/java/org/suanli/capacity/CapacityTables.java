package org.suanli.capacity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.suanli.data.EnglishText;
import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;
import org.suanli.data.Units;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tablesaw views of the capacity objects, for notebooks (rounded for reading; the objects keep full precision). */
public final class CapacityTables {

    private CapacityTables() {
    }

    /** The configuration catalogue with peaks per precision (NaN where the vendor states none). */
    public static Table catalog(ServerCatalog catalog) {
        StringColumn id = StringColumn.create("id");
        IntColumn year = IntColumn.create("year");
        StringColumn kind = StringColumn.create("kind");
        StringColumn model = StringColumn.create("model");
        DoubleColumn fp64 = DoubleColumn.create("FP64 TFLOPS");
        DoubleColumn fp32 = DoubleColumn.create("FP32 TFLOPS");
        DoubleColumn fp16 = DoubleColumn.create("FP16 TFLOPS");
        StringColumn assumptions = StringColumn.create("assumptions");
        for (ServerCatalog.Entry e : catalog.entries()) {
            id.append(e.id());
            year.append(e.year());
            kind.append(e.kind());
            model.append(e.model());
            fp64.append(peak(e, Precision.FP64));
            fp32.append(peak(e, Precision.FP32));
            fp16.append(peak(e, Precision.FP16));
            assumptions.append(e.assumptions());
        }
        Table t = Table.create("Server configurations (data/server_configs.csv)", id, year, kind, model, fp64, fp32, fp16,
                assumptions);
        long assumed = catalog.entries().stream().filter(e -> !e.assumptions().isBlank()).count();
        int n = catalog.entries().size();
        return caption(t, Language.pick("数值：data/server_configs.csv 中所引的公开规格（见其 source 列；并非都出自厂商），"
                        + "峰值由其计算（通用服务器：插槽数 × 核数 × 主频 × 每周期浮点运算数；AI 服务器：加速卡数 × 单卡标称峰值）；" + n + " 个配置中 " + assumed
                        + " 个注明了假设（assumptions 列）",
                "values: published specifications cited in data/server_configs.csv (its source column; not all from the "
                        + "vendor), peaks computed from them (CPU servers: sockets × cores × clock × FLOPs per cycle; AI servers: "
                        + "accelerators × each one's stated peak); "
                        + assumed + " of " + n + " configurations state assumptions (assumptions column)"));
    }

    /** {@code t} with a provenance caption and no per-cell marks. */
    private static Table caption(Table t, String caption) {
        return ShownProvenance.attach(t, caption);
    }

    private static double peak(ServerCatalog.Entry e, Precision p) {
        return e.supports(p) ? round(e.peakTflops(p), 3) : Double.NaN;
    }

    /** Shipments with provenance and method. */
    public static Table shipments(Shipments s) {
        IntColumn year = IntColumn.create("year");
        StringColumn region = StringColumn.create("region");
        StringColumn kind = StringColumn.create("kind");
        DoubleColumn units = DoubleColumn.create("shipments " + Units.label("万台"));
        StringColumn prov = StringColumn.create("provenance");
        StringColumn method = StringColumn.create("method");
        for (Shipments.Row r : s.rows()) {
            year.append(r.year());
            region.append(r.region());
            kind.append(r.kind());
            units.append(round(r.units10k(), 2));
            prov.append(r.provenance().name().toLowerCase(Locale.ROOT));
            method.append(r.method());
        }
        Table t = Table.create("Shipments (data/shipments.csv)", year, region, kind, units, prov, method);
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        s.rows().forEach(r -> counts.merge(r.provenance(), 1, Integer::sum));
        List<Shipments.Row> rows = s.rows();
        String value = units.name();
        return ShownProvenance.attach(t, new ShownProvenance(ShownProvenance.describe(counts, false)
                + Language.pick("（重构值由书中数值按 method 列所述方法推出）",
                        " (reconstructed from stated figures by the method column's rule)")
                + (counts.containsKey(Provenance.RECONSTRUCTED) ? Language.pick("；标记 r：重构", "; marked r: reconstructed") : ""),
                (row, column) -> column.equals(value) && row >= 0 && row < rows.size() ? rows.get(row).provenance() : null,
                Map.of()));
    }

    /** The cohorts summed for {@code year}: shipments, average compute, surviving share and contribution. */
    public static Table cohorts(FleetModel m, int year) {
        IntColumn cohort = IntColumn.create("cohort");
        DoubleColumn units = DoubleColumn.create("shipments " + Units.label("万台"));
        DoubleColumn avg = DoubleColumn.create("avg TFLOPS/server");
        DoubleColumn surv = DoubleColumn.create("counts (share)");
        DoubleColumn eflops = DoubleColumn.create("EFlops (FP32)");
        int[] ys = m.windowYears(year);
        double[] c = m.cohortsEflops(year);
        for (int i = 0; i < ys.length; i++) {
            cohort.append(ys[i]);
            units.append(round(m.shipments().get(ys[i]) / 1e4, 2));
            avg.append(round(m.averageTflops().get(ys[i]), 3));
            surv.append(round(m.parameters().retirement().survival(year - ys[i], m.parameters().window()), 3));
            eflops.append(round(c[i], 2));
        }
        Table t = Table.create(m.name() + ", " + year + " = " + round(m.scaleEflops(year), 2) + " EFlops", cohort, units, avg,
                surv, eflops);
        return fleet(t, m.parameters());
    }

    /** Every stated capacity figure with its check. */
    public static Table checks(NationalCapacity nc) {
        StringColumn id = StringColumn.create("id");
        DoubleColumn exp = DoubleColumn.create("book");
        DoubleColumn act = DoubleColumn.create("here");
        StringColumn basis = StringColumn.create("how");
        StringColumn ok = StringColumn.create("holds");
        StringColumn note = StringColumn.create("note");
        for (CapacityCheck c : CapacityChecks.list(nc)) {
            id.append(c.id());
            exp.append(c.expected());
            act.append(round(c.actual(), 3));
            basis.append(c.basis().label());
            ok.append(c.basis() == CapacityCheck.Basis.ANOMALY ? "not evaluated (anomaly)" : c.holds() ? "yes" : "NO");
            note.append(c.note());
        }
        Map<CapacityCheck.Basis, Integer> counts = new EnumMap<>(CapacityCheck.Basis.class);
        CapacityChecks.list(nc).forEach(c -> counts.merge(c.basis(), 1, Integer::sum));
        int inputs = counts.getOrDefault(CapacityCheck.Basis.STATED_INPUT, 0);
        int reproduced = counts.getOrDefault(CapacityCheck.Basis.REPRODUCED, 0);
        int computed = counts.getOrDefault(CapacityCheck.Basis.COMPUTED, 0);
        int anomalies = counts.getOrDefault(CapacityCheck.Basis.ANOMALY, 0);
        Table t = EnglishText.table(Table.create(Language.pick("Capacity figures of sections 一 and 二", "Capacity figures of sections 1 and 2"),
                id, exp, act, basis, ok, note), Set.of());
        return caption(t, Language.pick("book：引自蓝皮书；here：本次计算——" + inputs + " 个书中数值作为模型输入、" + reproduced
                        + " 个由算力存量模型拟合复现、" + computed + " 个由其他数值独立计算、" + anomalies + " 个文本自相矛盾（未评估）",
                "book: quoted from the book; here: computed by this run: " + inputs + " stated inputs, " + reproduced
                        + " reproduced by the fitted fleet model, " + computed + " computed independently from other figures, "
                        + anomalies + (anomalies == 1 ? " anomaly" : " anomalies") + " of the text (not evaluated)"));
    }

    /**
     * China's and the world's structure in 2023 and 2022, each value with how it was obtained: stated, from the
     * fleet model, computed (sums, shares), or back-cast (2022 = 2023 / (1 + stated growth)).
     */
    public static Table structure(NationalCapacity nc) {
        StatedFigures s = nc.stated();
        StringColumn scope = StringColumn.create("scope");
        StringColumn what = StringColumn.create("kind");
        DoubleColumn v23 = DoubleColumn.create("2023 EFlops");
        StringColumn how23 = StringColumn.create("2023: how");
        DoubleColumn share = DoubleColumn.create("2023 share %");
        DoubleColumn v22 = DoubleColumn.create("2022 EFlops");
        StringColumn how22 = StringColumn.create("2022: how");
        DoubleColumn growth = DoubleColumn.create("growth %");
        for (ComputeKind k : ComputeKind.values()) {
            scope.append("China");
            what.append(k.nameEn());
            v23.append(round(nc.chinaEflops(k, 2023), 2));
            how23.append(k == ComputeKind.SUPER ? "stated (stock)" : "fleet model (reproduces the stated value)");
            share.append(round(nc.chinaSharePct(k, 2023), 2));
            v22.append(round(nc.chinaEflops(k, 2022), 2));
            how22.append(k == ComputeKind.SUPER ? "residual: 435/1.44 − 140.4/1.17 − 289.4/1.62"
                    : "fleet model = 2023 / (1 + stated growth)");
            growth.append(round(nc.chinaGrowthPct(k, 2023), 2));
        }
        scope.append("China");
        what.append("total");
        v23.append(round(nc.chinaTotal(2023), 2));
        how23.append("computed: sum of the kinds (book: 435)");
        share.append(100);
        v22.append(round(nc.chinaTotal(2022), 2));
        how22.append("back-cast: 435 / (1 + 44%)");
        growth.append(round(nc.chinaTotalGrowthPct(2023), 2));
        for (ComputeKind k : ComputeKind.values()) {
            scope.append("world");
            what.append(k.nameEn());
            v23.append(nc.globalEflops(k));
            how23.append("stated");
            share.append(round(nc.globalSharePct(k), 2));
            if (k == ComputeKind.INTELLIGENT) {
                v22.append(round(nc.globalIntelligent2022(), 2));
                how22.append("back-cast: (63% − 13 pp) × 2022 total");
                growth.append(round(100 * (nc.globalEflops(k) / nc.globalIntelligent2022() - 1), 2));
            } else {
                v22.append(Double.NaN);
                how22.append("not given by the book");
                growth.append(Double.NaN);
            }
        }
        scope.append("world");
        what.append("total");
        v23.append(nc.globalTotal());
        how23.append("computed: 497 + 875 + 25 (book: 1397)");
        share.append(100);
        v22.append(round(nc.globalTotal2022(), 2));
        how22.append("back-cast: 1397 / (1 + " + CapacityCheck.fmt(s.value("global.total_growth")) + "%)");
        growth.append(s.value("global.total_growth"));
        Table t = Table.create("Structure of compute, China and the world", scope, what, v23, how23, share, v22, how22, growth);
        int stated23 = 0;
        int fleet23 = 0;
        int computed23 = 0;
        for (String h : how23) {
            if (h.startsWith("stated")) {
                stated23++;
            } else if (h.startsWith("fleet model")) {
                fleet23++;
            } else {
                computed23++;
            }
        }
        int backcast22 = 0;
        int residual22 = 0;
        int none22 = 0;
        for (String h : how22) {
            if (h.startsWith("residual")) {
                residual22++;
            } else if (h.startsWith("not given")) {
                none22++;
            } else {
                backcast22++;
            }
        }
        return caption(t, Language.pick("数值（2023）：" + stated23 + " 个书中数值、" + fleet23 + " 个由算力存量模型计算（复现书中数值）、"
                        + computed23 + " 个由其求和；2022：" + backcast22 + " 个按书中增速或占比倒推、" + residual22 + " 个为余项、" + none22
                        + " 个书中未给出；占比与增速由其计算（how 列逐项说明）",
                "values (2023): " + stated23 + " stated, " + fleet23 + " computed by the fleet model (reproducing the stated "
                        + "values), " + computed23 + " summed from them; 2022: " + backcast22 + " back-cast from stated growth or shares, "
                        + residual22 + " residual, " + none22 + " not given by the book; shares and growth computed from "
                        + "them (the how columns say each)"));
    }

    /** A series of totals by year with how each was obtained (图1, 图4). */
    public static Table series(CapacitySeries s) {
        IntColumn year = IntColumn.create("year");
        DoubleColumn v = DoubleColumn.create("EFlops");
        DoubleColumn g = DoubleColumn.create("growth %");
        StringColumn basis = StringColumn.create("basis");
        StringColumn how = StringColumn.create("how");
        for (CapacitySeries.Point p : s.points()) {
            year.append(p.year());
            v.append(round(p.eflops(), 1));
            g.append(Double.isNaN(p.growthPct()) ? Double.NaN : round(p.growthPct(), 1));
            basis.append(p.basis().en());
            how.append(p.how());
        }
        Table t = Table.create(s.scope() + " compute by year", year, v, g, basis, how);
        Map<CapacitySeries.Basis, Integer> counts = new EnumMap<>(CapacitySeries.Basis.class);
        s.points().forEach(p -> counts.merge(p.basis(), 1, Integer::sum));
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        counts.forEach((b, n) -> {
            zh.add(n + " 个" + b.zh());
            en.add(n + " " + b.en());
        });
        return caption(t, Language.pick("数值：" + String.join("、", zh) + "；增速由其计算",
                "values: " + String.join(", ", en) + "; growth computed from them"));
    }

    /**
     * A small what-if table of the fleet model: one row per scenario with its parameters and totals, each total the
     * fleet model's result under that scenario's parameters (the caption says so).
     */
    public static Table scenarios(String title, List<String> names, Map<String, double[]> columns) {
        Table t = Table.create(title, StringColumn.create("scenario", names));
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            double[] v = e.getValue().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] = round(v[i], 2);
            }
            t.addColumns(DoubleColumn.create(e.getKey(), v));
        }
        return caption(t, Language.pick("数值：由算力存量模型计算，每个情景以该行所述参数运行一次（见 docs/capacity.md）",
                "values: computed by the capacity fleet model, one run per scenario with the parameters its row names "
                        + "(see docs/capacity.md)"));
    }

    /** The fleet model's caption, with its parameters as settings. */
    private static Table fleet(Table t, FleetParameters p) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("window", p.window() + " years");
        settings.put("FP32 factor", String.valueOf(p.toFp32()));
        settings.put("retirement", p.retirement().describe());
        return ShownProvenance.attach(t, new ShownProvenance(Language.pick(
                "数值：由算力存量模型计算（各批次出货量 × 单台平均算力 × 存续比例，窗口 " + p.window() + " 年；见 docs/capacity.md）",
                "values: computed by the capacity fleet model (each cohort's shipments × average compute per server × "
                        + "surviving share, " + p.window() + "-year window; see docs/capacity.md)"), null, settings));
    }

    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}

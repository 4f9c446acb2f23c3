package org.suanli.capacity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.suanli.data.EnglishText;
import org.suanli.data.Language;
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
        return Table.create("Server configurations (data/server_configs.csv)", id, year, kind, model, fp64, fp32, fp16,
                assumptions);
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
        return Table.create("Shipments (data/shipments.csv)", year, region, kind, units, prov, method);
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
        return Table.create(m.name() + ", " + year + " = " + round(m.scaleEflops(year), 2) + " EFlops", cohort, units, avg,
                surv, eflops);
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
        return EnglishText.table(Table.create(Language.pick("Capacity figures of sections 一 and 二", "Capacity figures of sections 1 and 2"),
                id, exp, act, basis, ok, note), Set.of());
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
        return Table.create("Structure of compute, China and the world", scope, what, v23, how23, share, v22, how22, growth);
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
        return Table.create(s.scope() + " compute by year", year, v, g, basis, how);
    }

    /** A small what-if table: one row per scenario with its parameters and totals. */
    public static Table scenarios(String title, List<String> names, Map<String, double[]> columns) {
        Table t = Table.create(title, StringColumn.create("scenario", names));
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            double[] v = e.getValue().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] = round(v[i], 2);
            }
            t.addColumns(DoubleColumn.create(e.getKey(), v));
        }
        return t;
    }

    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}

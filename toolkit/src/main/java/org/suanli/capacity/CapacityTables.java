package org.suanli.capacity;

import java.util.List;
import java.util.Map;

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
        DoubleColumn units = DoubleColumn.create("shipments 万台");
        StringColumn prov = StringColumn.create("provenance");
        StringColumn method = StringColumn.create("method");
        for (Shipments.Row r : s.rows()) {
            year.append(r.year());
            region.append(r.region());
            kind.append(r.kind());
            units.append(round(r.units10k(), 2));
            prov.append(r.provenance().name().toLowerCase(java.util.Locale.ROOT));
            method.append(r.method());
        }
        return Table.create("Shipments (data/shipments.csv)", year, region, kind, units, prov, method);
    }

    /** The cohorts summed for {@code year}: shipments, average compute, surviving share and contribution. */
    public static Table cohorts(FleetModel m, int year) {
        IntColumn cohort = IntColumn.create("cohort");
        DoubleColumn units = DoubleColumn.create("shipments 万台");
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
            ok.append(c.holds() ? "yes" : "NO");
            note.append(c.note());
        }
        return Table.create("Capacity figures of sections 一 and 二", id, exp, act, basis, ok, note);
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

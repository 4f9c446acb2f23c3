package org.suanli.reconstruct;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.suanli.data.FrameworkNode;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Each province's implied growth 2022→2023 for each indicator, as the written (rounded) file gives it, with the
 * statements that ask for that change and a flag on every change beyond ±{@value #FLAG_PCT}% that no statement asks
 * for. A reconstruction that makes a province grow 49% or shrink 24% where nobody observed it should say so; this
 * report is where it does ({@code data/reconstruction_growth.csv}, notebook 01).
 *
 * @param rows one row per indicator and province, in 表1 and NBS order
 */
public record GrowthReport(List<Row> rows) {

    /** The threshold of the flag, in percent either way. */
    public static final double FLAG_PCT = 30;

    /**
     * @param growthPct (2023 / 2022 − 1) × 100, NaN when 2022 is 0
     * @param askedBy   the ids of the statements that ask for this change (empty: nobody asked)
     * @param flagged   |growth| > 30% and no statement asks for it
     * @param provenance2022 the provenance of the 2022 value, or null when not known
     * @param provenance2023 the provenance of the 2023 value, or null when not known
     */
    public record Row(String indicator, String province, double value2022, double value2023, double growthPct,
                      Set<String> askedBy, boolean flagged, Provenance provenance2022, Provenance provenance2023) {
        public Row {
            askedBy = Set.copyOf(askedBy);
        }

        /** A row whose values' provenance is not known. */
        public Row(String indicator, String province, double value2022, double value2023, double growthPct,
                   Set<String> askedBy, boolean flagged) {
            this(indicator, province, value2022, value2023, growthPct, askedBy, flagged, null, null);
        }
    }

    public GrowthReport {
        rows = List.copyOf(rows);
    }

    /** The report of a reconstruction, on the values as they are written to the file. */
    public static GrowthReport of(Reconstruction r) {
        IndicatorData d = r.data();
        List<Row> out = new ArrayList<>();
        for (FrameworkNode leaf : r.framework.leaves()) {
            for (String p : r.provinces()) {
                double v22 = d.value(Reconstruction.PREVIOUS, p, leaf.key()).orElseThrow();
                double v23 = d.value(Reconstruction.YEAR, p, leaf.key()).orElseThrow();
                double g = v22 > 0 ? (v23 / v22 - 1) * 100 : Double.NaN;
                Set<String> asked = r.growthAskedBy().getOrDefault(leaf.key(), Map.of()).getOrDefault(p, Set.of());
                out.add(new Row(leaf.key(), p, v22, v23, g, asked, flag(g, asked),
                        d.provenance(Reconstruction.PREVIOUS, p, leaf.key()).orElse(null),
                        d.provenance(Reconstruction.YEAR, p, leaf.key()).orElse(null)));
            }
        }
        return new GrowthReport(out);
    }

    /** The flag rule on its own: a change beyond ±30% that no statement asks for. */
    static boolean flag(double growthPct, Set<String> askedBy) {
        return Double.isFinite(growthPct) && Math.abs(growthPct) > FLAG_PCT && askedBy.isEmpty();
    }

    public List<Row> flagged() {
        return rows.stream().filter(Row::flagged).toList();
    }

    /** The CSV (UTF-8, LF, RFC 4180): indicator, province, both values, growth in %, the statements, the flag. */
    public String toCsv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            out.printRecord("indicator", "province", "value_2022", "value_2023", "growth_pct", "asked_by", "flag_beyond_30pct");
            for (Row row : rows) {
                out.printRecord(row.indicator(), row.province(), IndicatorData.formatNumber(row.value2022()),
                        IndicatorData.formatNumber(row.value2023()),
                        Double.isNaN(row.growthPct()) ? "" : String.format(Locale.ROOT, "%.1f", row.growthPct()),
                        String.join(";", new TreeSet<>(row.askedBy())), row.flagged() ? "yes" : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The report as a table with the columns of {@code data/reconstruction_growth.csv} (indicator, province,
     * value_2022, value_2023, growth_pct, asked_by, flag_beyond_30pct), read from {@link #toCsv()}.
     */
    public Table table() {
        return captioned(csvTable(Reconstruction.GROWTH_FILE, toCsv()), rows);
    }

    /**
     * The rows whose growth is beyond ±{@code pct}% (flagged or not), largest growth first, at most {@code n}: the
     * columns of {@link #table()}, captioned with the provenance of the values they were computed from.
     */
    public Table beyond(double pct, int n) {
        List<Row> shown = rows.stream().filter(r -> Math.abs(written(r.growthPct())) > pct)
                .sorted(Comparator.comparingDouble((Row r) -> written(r.growthPct())).reversed()).limit(n).toList();
        return captioned(csvTable(Reconstruction.GROWTH_FILE, new GrowthReport(shown).toCsv()), shown);
    }

    /** The growth as the file writes it (one decimal), so that filters on the table and on the rows agree. */
    private static double written(double pct) {
        return Double.isFinite(pct) ? Double.parseDouble(String.format(Locale.ROOT, "%.1f", pct)) : pct;
    }

    /** "computed from values: 2 stated, 28 reconstructed; growth = 2023 / 2022 − 1; flag: …" for these rows. */
    private static Table captioned(Table t, List<Row> shown) {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        int unknown = 0;
        for (Row r : shown) {
            for (Provenance p : new Provenance[] {r.provenance2022(), r.provenance2023()}) {
                if (p == null) {
                    unknown++;
                } else {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        String caption = ShownProvenance.describe(counts, true)
                + (unknown > 0 ? Language.pick("、" + unknown + " 个来源未记录", ", " + unknown + " of unrecorded provenance") : "")
                + Language.pick("（2022 与 2023 年值）；增速 = 2023 / 2022 − 1；标记：超过 ±" + (int) FLAG_PCT + "% 且无陈述要求",
                        " (the 2022 and 2023 values); growth = 2023 / 2022 - 1; flag: beyond ±" + (int) FLAG_PCT
                                + "% and asked by no statement")
                + (counts.containsKey(Provenance.RECONSTRUCTED) ? Language.pick("；标记 r：重构", "; marked r: reconstructed") : "");
        return ShownProvenance.attach(t, new ShownProvenance(caption, (row, column) -> row < 0 || row >= shown.size() ? null
                : column.equals("value_2022") ? shown.get(row).provenance2022()
                : column.equals("value_2023") ? shown.get(row).provenance2023() : null, Map.of()));
    }

    /** A CSV text read as the file of that name would be (the same column types). */
    static Table csvTable(String name, String csv) {
        return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(csv)).tableName(name));
    }
}

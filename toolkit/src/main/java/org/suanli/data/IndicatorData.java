package org.suanli.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Provincial data in long form (one value per row, each with its provenance), with the wide views the analysis
 * works on.
 *
 * <p>Long form is what files hold, because it keeps a source on every single value; the wide form (provinces ×
 * indicators for one year) is what standardisation and charts need. Both are Tablesaw tables. Instances are
 * immutable: {@link #withOverrides} returns a new one, so a user's replacement data never alters the shipped set.
 */
public final class IndicatorData {

    private final VariableCatalog catalog;
    private final Map<Observation.Key, Observation> values;
    private final List<ValidationIssue> warnings;

    private IndicatorData(VariableCatalog catalog, Collection<Observation> observations, List<ValidationIssue> warnings) {
        this.catalog = catalog;
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(order(catalog));
        Map<Observation.Key, Observation> map = new LinkedHashMap<>();
        for (Observation o : sorted) {
            map.put(o.key(), o);
        }
        this.values = Collections.unmodifiableMap(map);
        this.warnings = List.copyOf(warnings);
    }

    private static Comparator<Observation> order(VariableCatalog catalog) {
        return Comparator.comparingInt(Observation::year)
                .thenComparingInt(o -> catalog.order(o.indicator()))
                .thenComparing(Observation::indicator)
                .thenComparingInt(o -> o.province().order());
    }

    /** Loads and validates files against the shipped framework; throws listing every error of every file. */
    public static IndicatorData load(Path... files) {
        return load(VariableCatalog.standard(), files);
    }

    /**
     * Loads and validates files against a catalogue. A value given by two files is an error: use
     * {@link #withOverrides} to replace values deliberately.
     */
    public static IndicatorData load(VariableCatalog catalog, Path... files) {
        Validator validator = new Validator(catalog);
        List<ValidationIssue> issues = new ArrayList<>();
        Map<Observation.Key, String> origin = new LinkedHashMap<>();
        List<Observation> all = new ArrayList<>();
        for (Path file : files) {
            ValidationReport report = validator.validate(file);
            issues.addAll(report.issues());
            for (Observation o : report.observations()) {
                String previous = origin.putIfAbsent(o.key(), file.toString());
                if (previous != null) {
                    issues.add(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, "(" + o.year() + ", "
                            + o.province().shortZh() + ", " + o.indicator() + ") is also given in " + previous
                            + "; load one file and apply the other with withOverrides"));
                } else {
                    all.add(o);
                }
            }
        }
        if (issues.stream().anyMatch(ValidationIssue::isError)) {
            throw new DataValidationException(issues);
        }
        return new IndicatorData(catalog, all, issues);
    }

    /** Data from observations already in memory (a reconstruction, a test). */
    public static IndicatorData of(VariableCatalog catalog, Collection<Observation> observations) {
        return new IndicatorData(catalog, observations, List.of());
    }

    /**
     * Reads a wide table (a {@code province} column and one numeric column per indicator key) as one year's data,
     * every value with the same provenance and source. Missing cells are left out, never read as zero.
     */
    public static IndicatorData fromWide(VariableCatalog catalog, Table wide, int year, Provenance provenance, String source) {
        List<Observation> list = new ArrayList<>();
        StringColumn provinces = wide.stringColumn("province");
        for (Column<?> column : wide.columns()) {
            if (column.name().equals("province")) {
                continue;
            }
            Variable v = catalog.find(column.name()).orElseThrow(() -> new IllegalArgumentException(
                    "The column '" + column.name() + "' is not an indicator key; did you mean '"
                            + catalog.nearestKey(column.name()) + "'?"));
            for (int i = 0; i < wide.rowCount(); i++) {
                if (column.isMissing(i)) {
                    continue;
                }
                double value = ((Number) column.get(i)).doubleValue();
                list.add(new Observation(year, Provinces.resolve(provinces.get(i)), v.key(), value, v.unit(), provenance, source));
            }
        }
        return new IndicatorData(catalog, list, List.of());
    }

    /** A copy in which every value of {@code other} replaces the one with the same (year, province, indicator). */
    public IndicatorData withOverrides(IndicatorData other) {
        Map<Observation.Key, Observation> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new IndicatorData(catalog, merged.values(), warnings);
    }

    /** A copy holding only the given variables. */
    public IndicatorData select(Collection<String> keys) {
        return new IndicatorData(catalog, values.values().stream().filter(o -> keys.contains(o.indicator())).toList(), warnings);
    }

    public VariableCatalog catalog() {
        return catalog;
    }

    /** Warnings found while loading (for example a year with provinces missing). */
    public List<ValidationIssue> warnings() {
        return warnings;
    }

    /** All values, in file order: year, then variable in catalogue order, then province in NBS order. */
    public List<Observation> observations() {
        return List.copyOf(values.values());
    }

    public Optional<Observation> observation(int year, String province, String indicator) {
        return Optional.ofNullable(values.get(new Observation.Key(year, Provinces.resolve(province), indicator)));
    }

    public OptionalDouble value(int year, String province, String indicator) {
        return observation(year, province, indicator).map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty());
    }

    public Optional<Provenance> provenance(int year, String province, String indicator) {
        return observation(year, province, indicator).map(Observation::provenance);
    }

    public Optional<String> source(int year, String province, String indicator) {
        return observation(year, province, indicator).map(Observation::source);
    }

    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        values.keySet().forEach(k -> years.add(k.year()));
        return years;
    }

    /** The variable keys present, in catalogue order. */
    public List<String> indicators() {
        return values.values().stream().map(Observation::indicator).distinct().toList();
    }

    /** The long form: year, province, indicator, value, unit, provenance, source. */
    public Table longTable() {
        IntColumn year = IntColumn.create("year");
        StringColumn province = StringColumn.create("province");
        StringColumn indicator = StringColumn.create("indicator");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn unit = StringColumn.create("unit");
        StringColumn provenance = StringColumn.create("provenance");
        StringColumn source = StringColumn.create("source");
        for (Observation o : values.values()) {
            year.append(o.year());
            province.append(o.province().shortZh());
            indicator.append(o.indicator());
            value.append(o.value());
            unit.append(Units.label(o.unit()));
            provenance.append(o.provenance().csvName());
            source.append(o.source());
        }
        return annotateLong(Table.create("indicators", year, province, indicator, value, unit, provenance, source));
    }

    /** The long form's caption and marks: each value cell is marked by the provenance column of its row. */
    private static Table annotateLong(Table t) {
        return annotateLong(t, t.stringColumn("provenance"));
    }

    /** As {@link #annotateLong(Table)}, with the provenance of each row of {@code t} given apart (it may not be shown). */
    private static Table annotateLong(Table t, StringColumn provenance) {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (int r = 0; r < t.rowCount(); r++) {
            Provenance.parse(provenance.get(r)).ifPresent(p -> counts.merge(p, 1, Integer::sum));
        }
        return ShownProvenance.attach(t, new ShownProvenance(ShownProvenance.describe(counts, false)
                + ShownProvenance.markNote(), (row, column) -> column.equals("value")
                ? Provenance.parse(provenance.get(row)).orElse(null) : null, Map.of()));
    }

    /**
     * One year in wide form: a row per province (all 31, NBS order) and a DOUBLE column per variable present that
     * year; a value the data lacks is a missing cell.
     */
    public Table wide(int year) {
        Table t = wideOf(year, "value", (column, o) -> ((DoubleColumn) column).set(o.province().order(), o.value()));
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        values.values().stream().filter(o -> o.year() == year).forEach(o -> counts.merge(o.provenance(), 1, Integer::sum));
        List<Province> rows = Provinces.all();
        return ShownProvenance.attach(t, new ShownProvenance(ShownProvenance.describe(counts, false)
                + ShownProvenance.markNote(), (row, column) -> row < rows.size()
                ? provenance(year, rows.get(row).shortZh(), column).orElse(null) : null, Map.of()));
    }

    /**
     * The {@code n} provinces with the largest {@code indicator} in {@code year}: {@link #wide} sorted on that column,
     * largest first, its first {@code n} rows; captioned with the counts of the values it shows, each reconstructed
     * value marked.
     */
    public Table top(int year, String indicator, int n) {
        Table t = wideOf(year, "value", (column, o) -> ((DoubleColumn) column).set(o.province().order(), o.value()));
        if (!t.columnNames().contains(indicator)) {
            throw new IllegalArgumentException("no values of '" + indicator + "' in " + year + "; present: "
                    + t.columnNames().subList(1, t.columnCount()));
        }
        Table top = t.sortDescendingOn(indicator).first(n);
        StringColumn province = top.stringColumn("province");
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (int r = 0; r < top.rowCount(); r++) {
            for (String column : top.columnNames()) {
                provenance(year, province.get(r), column).ifPresent(p -> counts.merge(p, 1, Integer::sum));
            }
        }
        return ShownProvenance.attach(top, new ShownProvenance(ShownProvenance.describe(counts, false)
                + ShownProvenance.markNote(), (row, column) -> row < province.size()
                ? provenance(year, province.get(row), column).orElse(null) : null, Map.of()));
    }

    /** The provenance of each cell of {@link #wide}, as the words official / stated / reconstructed. */
    public Table provenanceWide(int year) {
        return wideOf(year, "provenance", (column, o) -> ((StringColumn) column).set(o.province().order(), o.provenance().csvName()));
    }

    private Table wideOf(int year, String what, BiConsumer<Column<?>, Observation> put) {
        StringColumn province = StringColumn.create("province");
        Provinces.all().forEach(p -> province.append(p.shortZh()));
        Table table = Table.create(what + " " + year, province);
        for (String key : indicators()) {
            boolean present = values.values().stream().anyMatch(o -> o.year() == year && o.indicator().equals(key));
            if (!present) {
                continue;
            }
            Column<?> column = what.equals("value") ? DoubleColumn.create(key, Provinces.all().size())
                    : StringColumn.create(key, Provinces.all().size());
            if (column instanceof DoubleColumn d) {
                for (int i = 0; i < d.size(); i++) {
                    d.setMissing(i);
                }
            }
            table.addColumns(column);
            values.values().stream().filter(o -> o.year() == year && o.indicator().equals(key)).forEach(o -> put.accept(column, o));
        }
        return table;
    }

    /** How many values of each provenance each variable has (rows: variable; columns: the three provenances). */
    public Table provenanceSummary() {
        StringColumn key = StringColumn.create("indicator");
        Map<Provenance, IntColumn> counts = new EnumMap<>(Provenance.class);
        for (Provenance p : Provenance.values()) {
            counts.put(p, IntColumn.create(p.csvName()));
        }
        for (String k : indicators()) {
            key.append(k);
            for (Provenance p : Provenance.values()) {
                counts.get(p).append((int) values.values().stream().filter(o -> o.indicator().equals(k) && o.provenance() == p).count());
            }
        }
        Table t = Table.create("provenance", key);
        counts.values().forEach(t::addColumns);
        return ShownProvenance.attach(t, ShownProvenance.describe(ShownProvenance.counts(this), false)
                + Language.pick("（按变量计数）", " (counted per variable)"));
    }

    /** The CSV text {@link #write} writes: header, then rows in file order, numbers in plain decimal notation. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(Validator.COLUMNS);
            for (Observation o : values.values()) {
                printer.printRecord(o.year(), o.province().shortZh(), o.indicator(), formatNumber(o.value()), o.unit(),
                        o.provenance().csvName(), o.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the long form atomically (a temporary file moved over the target), so an interrupted write never
     * leaves a half-written data file. The output is byte-for-byte deterministic.
     */
    public void write(Path file) {
        try {
            AtomicFiles.writeString(file, toCsv());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Shortest plain decimal form: 41540.9, 45660, 0.0125 (never 1.25E-2). */
    public static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rows as Tablesaw sees them, handy in notebooks: {@code data.rows(2023, "广东")}. */
    public Table rows(int year, String province) {
        Province p = Provinces.resolve(province);
        Table t = longTable();
        return annotateLong(t.where(t.intColumn("year").isEqualTo(year).and(t.stringColumn("province").isEqualTo(p.shortZh()))));
    }

    /**
     * The first {@code n} of {@link #rows(int, String)} with only the given columns (e.g. {@code "indicator", "value",
     * "unit", "provenance", "source"}), captioned with the counts of the values shown, each reconstructed value marked.
     */
    public Table rows(int year, String province, int n, String... columns) {
        Table first = rows(year, province).first(n);
        StringColumn provenance = first.stringColumn("provenance").copy();
        return annotateLong(columns.length == 0 ? first : first.selectColumns(columns), provenance);
    }

    @Override
    public String toString() {
        return "IndicatorData[" + values.size() + " values, years " + years() + ", " + indicators().size() + " variables]";
    }

}

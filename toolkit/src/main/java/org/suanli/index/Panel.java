package org.suanli.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.Province;
import org.suanli.data.Provinces;
import org.suanli.data.ShownProvenance;

/**
 * Indicator values by year, indicator and province, as dense arrays (NaN = missing), so that a model re-run costs
 * microseconds rather than Tablesaw look-ups. It is built from the long form (year, province, indicator, value)
 * that {@code data/indicators.csv} uses.
 */
public final class Panel {
    private final int[] years;
    private final List<String> provinces;
    private final List<String> indicators;
    private final double[][][] values; // [year][indicator][province]
    /** The provenance of each value read from {@link IndicatorData}, by {@link #cellKey}; empty when not known. */
    private final Map<String, Provenance> cellProvenance;

    private Panel(int[] years, List<String> provinces, List<String> indicators, double[][][] values) {
        this(years, provinces, indicators, values, Map.of());
    }

    private Panel(int[] years, List<String> provinces, List<String> indicators, double[][][] values,
                  Map<String, Provenance> cellProvenance) {
        this.years = years;
        this.provinces = List.copyOf(provinces);
        this.indicators = List.copyOf(indicators);
        this.values = values;
        this.cellProvenance = Map.copyOf(cellProvenance);
    }

    private static String cellKey(int year, String province, String indicator) {
        return year + "|" + province + "|" + indicator;
    }

    /**
     * Where the value of ({@code year}, {@code province}, {@code indicator}) comes from (stated, official,
     * reconstructed), or null when the panel was not read from {@link IndicatorData} ({@link #fromLong}, a builder)
     * or has no such value.
     */
    public Provenance provenance(int year, String province, String indicator) {
        return cellProvenance.get(cellKey(year, province, indicator));
    }

    /**
     * "computed from values: 5 stated, 863 reconstructed" in the current language, counted over the values this panel
     * holds; the caption attached when it was made if it does not know them, else null.
     */
    public String caption() {
        if (!knowsProvenance()) {
            return ShownProvenance.of(this).map(ShownProvenance::caption).orElse(null);
        }
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (int y = 0; y < years.length; y++) {
            for (int i = 0; i < indicators.size(); i++) {
                for (int p = 0; p < provinces.size(); p++) {
                    Provenance pv = Double.isNaN(values[y][i][p]) ? null
                            : cellProvenance.get(cellKey(years[y], provinces.get(p), indicators.get(i)));
                    if (pv != null) {
                        counts.merge(pv, 1, Integer::sum);
                    }
                }
            }
        }
        return ShownProvenance.describe(counts, true);
    }

    /** True when the panel knows the provenance of its values (it was read from {@link IndicatorData}). */
    public boolean knowsProvenance() {
        return !cellProvenance.isEmpty();
    }

    /**
     * From a long table with columns {@code year}, {@code province}, {@code indicator}, {@code value}. Provinces keep
     * their first-seen order (the data files use NBS order); a duplicated (year, province, indicator) is an error.
     */
    public static Panel fromLong(Table table) {
        for (String c : List.of("year", "province", "indicator", "value")) {
            if (!table.columnNames().contains(c)) {
                throw new IllegalArgumentException("the long table '" + table.name() + "' has no column '" + c
                        + "'; it needs year, province, indicator, value (it has " + table.columnNames() + ")");
            }
        }
        Column<?> yc = table.column("year");
        Column<?> pc = table.column("province");
        Column<?> ic = table.column("indicator");
        Column<?> vc = table.column("value");
        if (!(vc instanceof NumericColumn)) {
            throw new IllegalArgumentException("column 'value' of '" + table.name() + "' is not numeric (" + vc.type() + ")");
        }
        NumericColumn<?> values = (NumericColumn<?>) vc;
        TreeSet<Integer> ys = new TreeSet<>();
        LinkedHashSet<String> ps = new LinkedHashSet<>();
        LinkedHashSet<String> is = new LinkedHashSet<>();
        int n = table.rowCount();
        int[] year = new int[n];
        for (int r = 0; r < n; r++) {
            String y = yc.getString(r).trim();
            try {
                year[r] = (int) Math.round(Double.parseDouble(y));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("row " + (r + 1) + " of '" + table.name() + "': year '" + y + "' is not a number");
            }
            ys.add(year[r]);
            ps.add(pc.getString(r).trim());
            is.add(ic.getString(r).trim());
        }
        Builder b = new Builder(ys.stream().mapToInt(Integer::intValue).toArray(), new ArrayList<>(ps), new ArrayList<>(is));
        for (int r = 0; r < n; r++) {
            double v = values.isMissing(r) ? Double.NaN : values.getDouble(r);
            b.put(year[r], pc.getString(r).trim(), ic.getString(r).trim(), v, "row " + (r + 1));
        }
        return b.build();
    }

    /**
     * From the foundation's indicator data. Provinces are those present in the data, in the NBS order of
     * {@code Provinces.all()}; a province absent for one indicator or year is a missing value for the model's policy.
     */
    public static Panel from(IndicatorData data) {
        Set<String> present = new HashSet<>();
        for (Observation o : data.observations()) {
            present.add(o.province().shortZh());
        }
        List<String> provinces = new ArrayList<>();
        for (Province p : Provinces.all()) {
            if (present.contains(p.shortZh())) {
                provinces.add(p.shortZh());
            }
        }
        int[] years = data.years().stream().mapToInt(Integer::intValue).toArray();
        Builder b = new Builder(years, provinces, data.indicators());
        Map<String, Provenance> cells = new HashMap<>();
        for (Observation o : data.observations()) {
            b.put(o.year(), o.province().shortZh(), o.indicator(), o.value());
            cells.put(cellKey(o.year(), o.province().shortZh(), o.indicator()), o.provenance());
        }
        Panel built = b.build();
        Panel panel = new Panel(built.years, built.provinces, built.indicators, built.values, cells);
        // what the index computed from, for the captions of its tables and charts
        return ShownProvenance.attach(panel, ShownProvenance.describe(ShownProvenance.counts(data), true));
    }

    /** A panel filled cell by cell; cells never set are missing. */
    public static Builder builder(int[] years, List<String> provinces, List<String> indicators) {
        return new Builder(years.clone(), provinces, indicators);
    }

    public static final class Builder {
        private final int[] years;
        private final List<String> provinces;
        private final List<String> indicators;
        private final Map<String, Integer> p = new LinkedHashMap<>();
        private final Map<String, Integer> ind = new LinkedHashMap<>();
        private final double[][][] v;
        private final boolean[][][] set;

        private Builder(int[] years, List<String> provinces, List<String> indicators) {
            Arrays.sort(years);
            this.years = years;
            this.provinces = List.copyOf(provinces);
            this.indicators = List.copyOf(indicators);
            for (int i = 0; i < provinces.size(); i++) {
                if (p.put(provinces.get(i), i) != null) {
                    throw new IllegalArgumentException("province '" + provinces.get(i) + "' listed twice");
                }
            }
            for (int i = 0; i < indicators.size(); i++) {
                if (ind.put(indicators.get(i), i) != null) {
                    throw new IllegalArgumentException("indicator '" + indicators.get(i) + "' listed twice");
                }
            }
            v = new double[years.length][indicators.size()][provinces.size()];
            set = new boolean[years.length][indicators.size()][provinces.size()];
            for (double[][] a : v) {
                for (double[] b : a) {
                    Arrays.fill(b, Double.NaN);
                }
            }
        }

        public Builder put(int year, String province, String indicator, double value) {
            return put(year, province, indicator, value, null);
        }

        private Builder put(int year, String province, String indicator, double value, String where) {
            int y = Arrays.binarySearch(years, year);
            Integer pi = p.get(province);
            Integer ii = ind.get(indicator);
            String at = where == null ? "" : where + ": ";
            if (y < 0 || pi == null || ii == null) {
                throw new IllegalArgumentException(at + "(" + year + ", " + province + ", " + indicator + ") is outside the panel");
            }
            if (set[y][ii][pi]) {
                throw new IllegalArgumentException(at + "a second value for (" + year + ", " + province + ", " + indicator
                        + "); each year, province and indicator may appear once");
            }
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException(at + "value for (" + year + ", " + province + ", " + indicator + ") is infinite");
            }
            set[y][ii][pi] = true;
            v[y][ii][pi] = value;
            return this;
        }

        public Panel build() {
            return new Panel(years, provinces, indicators, v);
        }
    }

    public int[] years() {
        return years.clone();
    }

    public List<String> provinces() {
        return provinces;
    }

    public List<String> indicators() {
        return indicators;
    }

    public int yearIndex(int year) {
        int y = Arrays.binarySearch(years, year);
        if (y < 0) {
            throw new IllegalArgumentException("no year " + year + " in the data; years are " + Arrays.toString(years));
        }
        return y;
    }

    public int indicatorIndex(String key) {
        return indicators.indexOf(key);
    }

    /** The values of one indicator in one year, by province (a copy; NaN = missing). */
    public double[] values(int year, String indicator) {
        int i = indicators.indexOf(indicator);
        if (i < 0) {
            throw new IllegalArgumentException("no indicator '" + indicator + "' in the data");
        }
        return values[yearIndex(year)][i].clone();
    }

    double[] row(int yearIndex, int indicatorIndex) {
        return values[yearIndex][indicatorIndex];
    }

    /** The same data restricted to some provinces (in the given order). */
    public Panel withProvinces(List<String> keep) {
        Builder b = new Builder(years, keep, indicators);
        for (int y = 0; y < years.length; y++) {
            for (int i = 0; i < indicators.size(); i++) {
                for (String prov : keep) {
                    int pi = provinces.indexOf(prov);
                    if (pi < 0) {
                        throw new IllegalArgumentException("no province '" + prov + "' in the data");
                    }
                    double v = values[y][i][pi];
                    if (!Double.isNaN(v)) {
                        b.put(years[y], prov, indicators.get(i), v);
                    }
                }
            }
        }
        Panel built = b.build();
        return new Panel(built.years, built.provinces, built.indicators, built.values, cellProvenance);
    }

    /**
     * The same data with one value blanked (missing), e.g. {@code without(2023, "西藏", "it_spending_100m_yuan")}: the
     * way to watch what each {@link MissingPolicy} does with a gap.
     */
    public Panel without(int year, String province, String indicator) {
        int y = yearIndex(year);
        int pi = provinces.indexOf(province);
        int ii = indicators.indexOf(indicator);
        if (pi < 0 || ii < 0) {
            throw new IllegalArgumentException("no value for (" + year + ", " + province + ", " + indicator
                    + ") in the data; provinces are " + provinces + ", indicators " + indicators);
        }
        double[][][] copy = new double[years.length][][];
        for (int k = 0; k < years.length; k++) {
            copy[k] = new double[indicators.size()][];
            for (int i = 0; i < indicators.size(); i++) {
                copy[k][i] = values[k][i].clone();
            }
        }
        copy[y][ii][pi] = Double.NaN;
        Map<String, Provenance> cells = new HashMap<>(cellProvenance);
        cells.remove(cellKey(year, province, indicator));
        return new Panel(years.clone(), provinces, indicators, copy, cells);
    }

    @Override
    public String toString() {
        return "Panel(" + years.length + " years " + Arrays.toString(years) + ", " + indicators.size() + " indicators, "
                + provinces.size() + " provinces)";
    }
}

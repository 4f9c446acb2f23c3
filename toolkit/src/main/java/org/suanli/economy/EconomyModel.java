package org.suanli.economy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;
import org.suanli.index.BookReading;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexScorecard;
import org.suanli.index.Standardiser;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The economy stage on one index run, in one value: its regressions on GDP and the digital economy, the national
 * totals behind the ‰ figures, the growth figures of 图8 and the typology, each with a ready table; reach it with
 * {@code book.economyModel()}.
 *
 * <p>Every method computes what notebooks/05-economy shows, on this model's index and data; {@link #findings()} is
 * exactly what the scorecard judges ({@link EconomyFindings#standard(IndexResult, IndicatorData, IndicatorData)}).
 *
 * @param indexModel the index model (kept so a variant, e.g. another k, can be run on the same data and weights)
 * @param index      its result
 * @param indicators the indicator data (the typology reads the compute indicators from them)
 * @param economy    GDP (two vintages) and the reconstructed digital economy
 */
public record EconomyModel(IndexModel indexModel, IndexResult index, IndicatorData indicators, IndicatorData economy) {
    /** The year of the book's economy statements. */
    public static final int BOOK_YEAR = 2023;

    public EconomyModel {
        if (indexModel == null || index == null || indicators == null || economy == null) {
            throw new IllegalArgumentException("an economy model needs an index model, its result, the indicator data and "
                    + "the economic data; book.economyModel() sets them up");
        }
    }

    /** Runs {@code model} and wraps the result with the data. */
    public static EconomyModel of(IndexModel model, IndicatorData indicators, IndicatorData economy) {
        return new EconomyModel(model, model.run(), indicators, economy);
    }

    /** Where the index values come from, as every result records it (the scorecard's own wording). */
    public String basis() {
        return "indicator data (" + indicators.observations().size() + " values), standard index model";
    }

    /** The composite and the five sub-indices of {@code year}, by province. */
    public IndexScores scores(int year) {
        return IndexScores.fromIndex(index, year, basis());
    }

    /** GDP as published before the census revision (the book's vintage; 2022 and 2023 in the shipped data). */
    public EconomicVariable gdpPreRevision(int year) {
        return EconomyData.gdp(economy, GdpVintage.PRE_REVISION, year);
    }

    /** GDP as NBS publishes it now, after the fifth economic census (2022–2024 in the shipped data). */
    public EconomicVariable gdpRevised(int year) {
        return EconomyData.gdp(economy, GdpVintage.REVISED, year);
    }

    /** GDP of {@code year} in the book's vintage (pre-revision) where the data have it, the revised one otherwise. */
    public EconomicVariable gdp(int year) {
        return hasPreRevision(year) ? gdpPreRevision(year) : gdpRevised(year);
    }

    private boolean hasPreRevision(int year) {
        return economy.observations().stream()
                .anyMatch(o -> o.year() == year && o.indicator().equals(GdpVintage.PRE_REVISION.key()));
    }

    /**
     * The data of one year's regression, largest index first: each province's composite (one decimal), GDP
     * pre-revision (empty where the data lack it) and GDP revised, in 亿元.
     */
    public Table dataTable(int year) {
        IndexScores s = scores(year);
        Map<String, Double> pre = hasPreRevision(year) ? gdpPreRevision(year).values() : Map.of();
        Map<String, Double> rev = gdpRevised(year).values();
        StringColumn prov = StringColumn.create("province");
        DoubleColumn ix = DoubleColumn.create("index_" + year);
        DoubleColumn gp = DoubleColumn.create("gdp_pre_revision");
        DoubleColumn gr = DoubleColumn.create("gdp_revised");
        for (String p : s.provinces()) {
            prov.append(p);
            ix.append(Math.round(s.composite(p) * 10) / 10.0);
            gp.append(pre.getOrDefault(p, Double.NaN));
            gr.append(rev.getOrDefault(p, Double.NaN));
        }
        Table t = Table.create("index and GDP (亿元), " + year, prov, ix, gp, gr).sortDescendingOn(ix.name());
        String pk = GdpVintage.PRE_REVISION.key();
        String rk = GdpVintage.REVISED.key();
        boolean marked = valueCounts(pk, year).containsKey(Provenance.RECONSTRUCTED)
                || valueCounts(rk, year).containsKey(Provenance.RECONSTRUCTED);
        String sep = Language.pick("；", "; ");
        String caption = ix.name() + Language.pick("：", ": ") + index.valuesCaption(year)
                + sep + gp.name() + Language.pick("：", ": ") + ShownProvenance.describe(valueCounts(pk, year), false)
                + sep + gr.name() + Language.pick("：", ": ") + ShownProvenance.describe(valueCounts(rk, year), false)
                + EconomyCaptions.marks(marked);
        StringColumn shown = t.stringColumn("province");
        return ShownProvenance.attach(t, new ShownProvenance(caption, (row, column) -> row < 0 || row >= shown.size() ? null
                : column.equals(gp.name()) ? provenanceOf(pk, year, shown.get(row))
                : column.equals(gr.name()) ? provenanceOf(rk, year, shown.get(row)) : null, index.settings()));
    }

    /** How many values of the economic variable {@code key} in {@code year} have each provenance. */
    private Map<Provenance, Integer> valueCounts(String key, int year) {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        economy.observations().stream().filter(o -> o.year() == year && o.indicator().equals(key))
                .forEach(o -> counts.merge(o.provenance(), 1, Integer::sum));
        return counts;
    }

    private Provenance provenanceOf(String key, int year, String province) {
        String p = ProvinceNames.canonical(province);
        return economy.observations().stream().filter(o -> o.year() == year && o.indicator().equals(key)
                        && ProvinceNames.canonical(o.province().shortZh()).equals(p))
                .map(Observation::provenance).findFirst().orElse(null);
    }

    /** GDP of {@code year} ({@link #gdp(int)}'s vintage) on that year's index; ‰ of the sum of the provinces. */
    public EconomyRegressionResult gdpRegression(int year) {
        return EconomyRegression.run(scores(year), gdp(year));
    }

    /** Revised GDP of {@code year} on that year's index; ‰ of the revised sum of the provinces. */
    public EconomyRegressionResult gdpRegressionRevised(int year) {
        return EconomyRegression.run(scores(year), gdpRevised(year));
    }

    /**
     * Pre-revision GDP of 2023 on the 2023 index with the ‰ of the national figure of the NBS 2023 communiqué: the
     * regression the scorecard judges {@code econ.slope_gdp} on.
     */
    public EconomyRegressionResult gdpRegressionCommunique() {
        return EconomyRegression.run(scores(BOOK_YEAR), gdpPreRevision(BOOK_YEAR), NationalTotals.gdp2023Communique());
    }

    /**
     * The ‰ per index point of 2023 against each defensible national total (pre-revision provincial sum, the
     * communiqué figure, revised provincial sum), for the book's slope and for ours.
     *
     * @param bookSlope the book's slope in 亿元 per point (1220 for GDP)
     */
    public Table permilleTable(double bookSlope) {
        EconomicVariable pre = gdpPreRevision(BOOK_YEAR);
        double ours = EconomyRegression.run(scores(BOOK_YEAR), pre).slopePerPoint();
        StringColumn src = StringColumn.create("national_total");
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn book = DoubleColumn.create("book_permille");
        DoubleColumn our = DoubleColumn.create("ours_permille");
        for (NationalTotal t : List.of(NationalTotal.sumOf(pre), NationalTotals.gdp2023Communique(),
                NationalTotal.sumOf(gdpRevised(BOOK_YEAR)))) {
            src.append(t.source());
            value.append(t.value());
            book.append(Math.round(bookSlope / t.value() * 1e6) / 1000.0);
            our.append(Math.round(ours / t.value() * 1e6) / 1000.0);
        }
        Table t = Table.create(String.format(Locale.ROOT, "‰ per index point, 2023: the book's %,.0f亿 and our %,.0f亿 "
                + "over each national total", bookSlope, ours), src, value, book, our);
        Map<NationalTotal.Kind, Integer> kinds = new EnumMap<>(NationalTotal.Kind.class);
        for (NationalTotal nt : List.of(NationalTotal.sumOf(pre), NationalTotals.gdp2023Communique(),
                NationalTotal.sumOf(gdpRevised(BOOK_YEAR)))) {
            kinds.merge(nt.kind(), 1, Integer::sum);
        }
        StringJoiner totals = new StringJoiner(Language.pick("、", ", "));
        kinds.forEach((k, n) -> totals.add(Language.pick(n + " 个" + kindZh(k), n + " " + kindEn(k))));
        String slope = String.format(Locale.ROOT, "%,.0f", bookSlope);
        return ShownProvenance.attach(t, Language.pick(
                "book_permille：书中数值（斜率 " + slope + "亿元/指数点）除以各全国总量；ours_permille：本次计算的斜率，由最小二乘回归计算（x："
                        + BOOK_YEAR + " 年综合指数（" + index.valuesCaption(BOOK_YEAR) + "）；y：" + EconomyCaptions.variable(pre)
                        + "）；全国总量：" + totals,
                "book_permille: the book's stated slope (" + slope + " × 100m yuan per point) over each total; "
                        + "ours_permille: our slope, computed by OLS from the " + BOOK_YEAR + " index ("
                        + index.valuesCaption(BOOK_YEAR) + ") and " + EconomyCaptions.variable(pre) + "; national totals: "
                        + totals));
    }

    private static String kindZh(NationalTotal.Kind k) {
        return switch (k) {
            case SUM_OF_PROVINCES -> "各省加总";
            case OFFICIAL -> "官方数值";
            case SECONDARY -> "官方数值（公开转载）";
            case STATED -> "由书中数值推得";
        };
    }

    private static String kindEn(NationalTotal.Kind k) {
        return switch (k) {
            case SUM_OF_PROVINCES -> "sum of the provinces";
            case OFFICIAL -> "official";
            case SECONDARY -> "official (public copy)";
            case STATED -> "derived from the book's figures";
        };
    }

    /**
     * The reconstructed digital economy of 2023 (from {@code data/economy.csv}) on the 2023 index, ‰ of the national
     * total the book's two numbers imply: what the scorecard judges {@code econ.slope_digital} on.
     */
    public EconomyRegressionResult digitalEconomy() {
        return EconomyRegression.run(scores(BOOK_YEAR), EconomyData.digitalEconomy(economy, BOOK_YEAR),
                NationalTotals.digitalEconomy2023Implied());
    }

    /** The same with the digital economy reconstructed afresh with exponent {@code beta} on GDP (β = 1: proportional). */
    public EconomyRegressionResult digitalEconomy(double beta) {
        DigitalEconomyReconstruction rec = DigitalEconomyReconstruction.standard().withBeta(beta);
        Map<String, Double> vals = rec.values(economy);
        EconomicVariable v = new EconomicVariable(EconomyData.DIGITAL_ECONOMY, "数字经济规模（重构）", "digital economy, β = " + beta,
                "亿元", BOOK_YEAR, vals, new ArrayList<>(vals.keySet()), rec.method());
        return EconomyRegression.run(scores(BOOK_YEAR), v, NationalTotals.digitalEconomy2023Implied());
    }

    /**
     * One row per β: the reconstructed digital economy's slope per point, its ‰ of the implied national total and the
     * provinces whose stated lower bound binds.
     */
    public Table digitalEconomyByBeta(double... betas) {
        DoubleColumn b = DoubleColumn.create("beta");
        DoubleColumn slope = DoubleColumn.create("slope_per_point");
        DoubleColumn pm = DoubleColumn.create("permille");
        StringColumn bound = StringColumn.create("bounds_binding");
        for (double beta : betas) {
            EconomyRegressionResult r = digitalEconomy(beta);
            b.append(beta);
            slope.append(Math.round(r.slopePerPoint()));
            pm.append(Math.round(r.slopePermille() * 1000) / 1000.0);
            bound.append(String.join("、", DigitalEconomyReconstruction.standard().withBeta(beta).boundProvinces(economy)));
        }
        return ShownProvenance.attach(Table.create("digital economy (reconstructed) by β, 2023", b, slope, pm, bound),
                Language.pick("由计算得出：对每个 β 重新重构各省数字经济规模（全国总量由蓝皮书的 574亿 与 1.06‰ 推得，按各省 GDP^β 分配，"
                                + "保留书中所述下限；见 docs/economy.md），再以最小二乘回归到 " + BOOK_YEAR + " 年综合指数（"
                                + index.valuesCaption(BOOK_YEAR) + "）；‰ 相对该推得的全国总量",
                        "computed: for each β the provincial digital economy is reconstructed afresh (the national total "
                                + "implied by the book's 574 and 1.06‰, spread by provincial GDP^β, the book's stated lower "
                                + "bounds kept; see docs/economy.md) and regressed by OLS on the " + BOOK_YEAR + " index ("
                                + index.valuesCaption(BOOK_YEAR) + "); ‰ of that implied total"));
    }

    /** How the GDP slope (book vintage where available) moves from {@code fromYear} to {@code toYear}, with g and m. */
    public SlopeChange slopeChange(int fromYear, int toYear) {
        IndexScores a = scores(fromYear);
        IndexScores b = scores(toYear);
        EconomicVariable ga = gdp(fromYear);
        EconomicVariable gb = gdp(toYear);
        double m = b.provinces().stream().mapToDouble(b::composite).average().orElseThrow()
                / a.provinces().stream().mapToDouble(a::composite).average().orElseThrow();
        String name = index.choices().standardiser().label() + ", "
                + (index.choices().baseYear() == null ? "each year on its own" : "anchored to " + index.choices().baseYear());
        return new SlopeChange(name, fromYear, toYear, EconomyRegression.run(a, ga).slopePerPoint(),
                EconomyRegression.run(b, gb).slopePerPoint(), m, gb.sum() / ga.sum());
    }

    /**
     * What our index would need to give the book's GDP slope of 2023 ({@code bookSlope}, 1220亿 per point): the k of
     * the book reading, the calibration statements' verdicts at that k, and the spread across provinces.
     */
    public SlopeGap slopeGap(double bookSlope) {
        IndexScores s = scores(BOOK_YEAR);
        EconomicVariable gdp = gdpPreRevision(BOOK_YEAR);
        EconomyRegressionResult fit = EconomyRegression.run(s, gdp);
        List<String> provinces = s.provinces();
        double[] xs = provinces.stream().mapToDouble(s::composite).toArray();
        double[] ys = provinces.stream().mapToDouble(p -> gdp.values().get(p)).toArray();
        List<String> byIndex = new ArrayList<>(provinces);
        byIndex.sort(Comparator.comparingDouble((String p) -> s.composite(p)).reversed());
        BookReading shipped = BookReading.shipped();
        double k = Double.NaN;
        double kFor = Double.NaN;
        Map<String, String> verdicts = new LinkedHashMap<>();
        if (index.choices().standardiser() instanceof Standardiser.RatioToFixedReference ref) {
            k = ref.k();
            kFor = k * fit.slopePerPoint() / bookSlope;
            Table v = IndexScorecard.verdicts(indexModel.withChoices(shipped.withK(kFor, kFor, kFor).choices()).run());
            for (String id : shipped.calibrationStatements()) {
                int row = v.stringColumn("id").indexOf(id);
                verdicts.put(id, row < 0 ? "not evaluated" : v.stringColumn("status").get(row));
            }
        }
        StandardDeviation sd = new StandardDeviation();
        return new SlopeGap(bookSlope, fit.slopePerPoint(), k, kFor, shipped.holdsFrom(), shipped.holdsTo(), verdicts,
                sd.evaluate(xs), byIndex.get(0), s.composite(byIndex.get(0)), s.composite(byIndex.get(Math.min(5, byIndex.size() - 1))),
                fit.correlations().pearson(), sd.evaluate(ys));
    }

    /** The book's 2016–2023 growth rates (图8, 二(五)): stated inputs, with their quote. */
    public List<GrowthRate> bookGrowth() {
        return Growth.bookFigures();
    }

    /** The book's growth rates as a table: region, series, % a year, the multiple over 2016–2023, basis. */
    public Table bookGrowthTable() {
        StringColumn tr = StringColumn.create("region");
        StringColumn ts = StringColumn.create("series");
        DoubleColumn rate = DoubleColumn.create("pct_per_year");
        DoubleColumn mult = DoubleColumn.create("multiple_2016_2023");
        StringColumn tb = StringColumn.create("basis");
        for (GrowthRate g : bookGrowth()) {
            tr.append(g.region());
            ts.append(g.series());
            rate.append(g.ratePct());
            mult.append(Math.round(g.multiple() * 100) / 100.0);
            tb.append(g.basis().name().toLowerCase(Locale.ROOT));
        }
        Table t = Table.create("2016–2023 growth, as stated in the blue book 二(五)", tr, ts, rate, mult, tb);
        long stated = bookGrowth().stream().filter(g -> g.basis() == GrowthRate.Basis.STATED).count();
        long computed = bookGrowth().size() - stated;
        return ShownProvenance.attach(t, Language.pick(
                "pct_per_year 数值：" + stated + " 个书中数值（蓝皮书图8，二(五)）" + (computed > 0 ? "、" + computed + " 个由序列计算" : "")
                        + "；multiple_2016_2023 由其计算",
                "pct_per_year values: " + stated + " stated (the book's growth rates, Fig. 8)"
                        + (computed > 0 ? ", " + computed + " computed from series" : "")
                        + "; multiple_2016_2023 computed from them"));
    }

    /** The compound annual growth of revised GDP (sum of the provinces) over every year the data have it. */
    public GrowthRate gdpGrowthRevised() {
        Map<Integer, Double> byYear = new TreeMap<>();
        for (int y : economy.years()) {
            if (economy.observations().stream().anyMatch(o -> o.year() == y && o.indicator().equals(GdpVintage.REVISED.key()))) {
                byYear.put(y, gdpRevised(y).sum());
            }
        }
        return Growth.cagr("GDP, sum of provinces, revised, current prices", "China", byYear);
    }

    /** The typology of 2023 with the standard rule and the compute balance (local compute against pre-revision GDP). */
    public TypologyResult typology() {
        return typology(TypologyRule.standard());
    }

    /** The typology of 2023 with {@code rule} and the compute balance. */
    public TypologyResult typology(TypologyRule rule) {
        return Typology.classify(scores(BOOK_YEAR), rule, EconomyData.computeSupply(indicators, BOOK_YEAR),
                gdpPreRevision(BOOK_YEAR).values());
    }

    /** The typology of 2023 from the sub-indices alone (no compute balance, λ treated as 0). */
    public TypologyResult typologySubIndicesOnly() {
        return Typology.classify(scores(BOOK_YEAR), TypologyRule.standard());
    }

    /**
     * How many of the book's named provinces the rule places as the book does, for each threshold θ (rows) and
     * compute-balance weight λ (columns).
     */
    public Table typologyAgreements(double[] thetas, double[] lambdas) {
        StringColumn th = StringColumn.create("theta");
        List<IntColumn> cols = new ArrayList<>();
        for (double l : lambdas) {
            cols.add(IntColumn.create("lambda_" + l));
        }
        for (double t : thetas) {
            th.append(String.valueOf(t));
            for (int j = 0; j < lambdas.length; j++) {
                TypologyRule rule = TypologyRule.standard().withThreshold(t).withComputeBalanceWeight(lambdas[j]);
                cols.get(j).append((int) typology(rule).agreements());
            }
        }
        Table out = Table.create("agreements with the book (of " + Typology.BOOK.size() + ")", th);
        cols.forEach(out::addColumns);
        return ShownProvenance.attach(out, Language.pick(
                "由计算得出：在每个 θ 与 λ 下，类型规则根据 " + BOOK_YEAR + " 年分指数（" + index.valuesCaption(BOOK_YEAR)
                        + "）与算力供需平衡（算力指标对比修订前 GDP）划分类型，并与蓝皮书为 " + Typology.BOOK.size()
                        + " 个省份给出的类型比较",
                "computed: at each θ and λ the typology rule places the provinces from the " + BOOK_YEAR
                        + " sub-indices (" + index.valuesCaption(BOOK_YEAR) + ") and the compute balance (the compute "
                        + "indicators against pre-revision GDP), compared with the types the book names for "
                        + Typology.BOOK.size() + " provinces"));
    }

    /** The findings the scorecard judges: the same as {@link EconomyFindings#standard(IndexResult, IndicatorData, IndicatorData)}. */
    public EconomyFindings findings() {
        return EconomyFindings.standard(index, indicators, economy);
    }
}

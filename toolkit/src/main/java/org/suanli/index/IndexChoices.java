package org.suanli.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every methodological choice the blue book leaves open, in one immutable value. {@link #defaults()} is the book
 * reading (see docs/index.md for why); each field can be changed with a {@code withX} method of
 * {@link IndexModel}.
 *
 * @param standardiser  how each indicator is put on a common scale
 * @param aggregation   how children combine into parents
 * @param baseYear      null: each year is standardised on its own data (every year's leader scores 100); a year:
 *                      every year is standardised with the parameters of that year, so indices compare across
 *                      years and can exceed 100
 * @param missing       what to do with a missing value (never a silent zero)
 * @param log           optional ln(x + shift) before standardising; null for none
 * @param winsorisation optional capping before standardising; null for none
 * @param rankTies      tie rule of the published ranks (rank 1 = highest value)
 * @param tiers         thresholds of the tiers on the composite index
 */
public record IndexChoices(Standardiser standardiser, Aggregation aggregation, Integer baseYear, MissingPolicy missing,
                           LogTransform log, Winsorisation winsorisation, TieRule rankTies, Tiers tiers) {

    /** The methods by name, besides the book reading; the order is the one the help texts list. */
    private static final Map<String, Standardiser> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("percentile", Standardiser.percentile(TieRule.AVERAGE));
        METHODS.put("ratio-to-max", Standardiser.ratioToMax());
        METHODS.put("ratio-to-mean", Standardiser.ratioToMean());
        METHODS.put("min-max", Standardiser.minMax());
        METHODS.put("z-score", Standardiser.zScore(SdKind.SAMPLE));
        METHODS.put("t-score", Standardiser.tScore(SdKind.SAMPLE));
        METHODS.put("rank", Standardiser.rank(TieRule.AVERAGE));
    }

    public IndexChoices {
        if (standardiser == null || aggregation == null || missing == null || rankTies == null || tiers == null) {
            throw new IllegalArgumentException("standardiser, aggregation, missing-value policy, tie rule and tiers are required");
        }
    }

    /**
     * The shipped default: {@link #bookReading()}. It is the default because the blue book's own text describes a
     * fixed-reference scale (a sub-index "由去年近110分降到96分", a threshold passed "首次"), which neither a percentile
     * nor any per-year scale can print; see docs/index.md, "The book reading". It was not chosen by counting
     * statements: the robustness table of notebook 04 shows the counts of every method for comparison only.
     */
    public static IndexChoices defaults() {
        return bookReading();
    }

    /**
     * The book reading: s = 100 · x / R_i with R_i = indicator i's maximum over the provinces in the base year ÷ k,
     * never re-anchored, so later years can exceed 100; weighted arithmetic means, refuse missing values, ranks with
     * ties sharing the best rank, tiers at 35 and 20. The base year and k come from {@code data/calibration.json}
     * ({@link BookReading#shipped()}), where k's calibration statements are declared.
     */
    public static IndexChoices bookReading() {
        return BookReading.shipped().choices();
    }

    /**
     * The former default: percentile with average ties, each year on its own data. It keeps only order, so scores
     * bunch near the top and nothing can grow; kept for the robustness table.
     */
    public static IndexChoices percentileOwnYear() {
        return new IndexChoices(Standardiser.percentile(TieRule.AVERAGE), Aggregation.ARITHMETIC, null, MissingPolicy.refuse(),
                null, null, TieRule.MIN, Tiers.standard());
    }

    /**
     * Ratio to the leader ×100 anchored to base year 2022: the book reading with k = 1 (the base year's leaders score
     * exactly 100), kept for comparison.
     */
    public static IndexChoices bookScale() {
        return new IndexChoices(Standardiser.ratioToMax(), Aggregation.ARITHMETIC, 2022, MissingPolicy.refuse(), null, null,
                TieRule.MIN, Tiers.standard());
    }

    /**
     * The choices a method name stands for, as {@code suanli index --method} and the notebooks' {@code method}
     * parameter spell them: {@code book} (or an empty name) is {@link #bookReading()}; every other name swaps the
     * book reading's standardisation for that method and standardises each year on its own data, the way that method
     * is defined in the Handbook. Unknown names are refused with the list of known ones.
     */
    public static IndexChoices named(String method) {
        String name = method == null ? "" : method.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("book")) {
            return bookReading();
        }
        Standardiser s = METHODS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown standardisation method '" + method + "'; choose one of "
                    + String.join(", ", methodNames()));
        }
        IndexChoices b = bookReading();
        return new IndexChoices(s, b.aggregation(), null, b.missing(), b.log(), b.winsorisation(), b.rankTies(), b.tiers());
    }

    /** The names {@link #named} accepts, {@code book} first. */
    public static List<String> methodNames() {
        List<String> names = new ArrayList<>();
        names.add("book");
        names.addAll(METHODS.keySet());
        return names;
    }

    /** The same choices with another standardisation (the reference year stays). */
    public IndexChoices withStandardiser(Standardiser s) {
        return new IndexChoices(s, aggregation, baseYear, missing, log, winsorisation, rankTies, tiers);
    }

    /** One line per choice, for the notebook and the result's caption. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add("standardisation: " + standardiser.label());
        if (standardiser instanceof Standardiser.RatioToFixedReference f) {
            out.add("reference factor: k = " + Calibration.fmt(f.k()) + ", " + f.provenance());
        }
        out.add("reference: " + (baseYear == null ? "each year on its own data" : "anchored to base year " + baseYear));
        out.add("aggregation: " + aggregation.description());
        out.add("missing values: " + missing.label());
        out.add("log transform: " + (log == null ? "none" : log.label()));
        out.add("winsorisation: " + (winsorisation == null ? "none" : winsorisation.label()));
        out.add("rank ties: " + rankTies.description());
        out.add("tiers: " + tiers.thresholds());
        return out;
    }

    @Override
    public String toString() {
        return String.join("; ", describe());
    }
}

package org.suanli.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Verdict;

/**
 * Scorecard evaluator for the economy statements of 三(四): the two slopes per index point with their ‰ figures,
 * the positive correlation, the fall from 2022, and the typology. Reads an {@link EconomyFindings} attachment.
 *
 * <p>A slope statement holds when both the slope (亿元 per point) and its ‰ of the national total lie within the
 * findings' relative tolerance (±10% by default) of the book's figures. A typology statement holds when the rule
 * places every province the book names in the book's type.
 */
public final class EconomyEvaluator implements StatementEvaluator {
    private static final Set<String> HANDLED = Set.of("econ.slope_digital", "econ.slope_gdp", "econ.positive",
            "econ.weaker_than_2022", "typology.supply", "typology.demand", "typology.coordinated");

    @Override
    public String name() {
        return "economy";
    }

    @Override
    public boolean handles(Statement statement) {
        return HANDLED.contains(statement.id());
    }

    @Override
    public Verdict evaluate(Statement s, ScorecardContext context) {
        var found = context.get(EconomyFindings.class);
        if (found.isEmpty()) {
            return Verdict.notEvaluated("needs the economy regressions (attach EconomyFindings)");
        }
        EconomyFindings f = found.get();
        return switch (s.id()) {
            case "econ.slope_gdp" -> slope(s, f.gdp(), f.slopeRelativeTolerance(), "GDP");
            case "econ.slope_digital" -> slope(s, f.digitalEconomy(), f.slopeRelativeTolerance(), "digital economy");
            case "econ.positive" -> positive(f);
            case "econ.weaker_than_2022" -> weaker(f);
            default -> typology(s, f.typology());
        };
    }

    private static Verdict slope(Statement s, EconomyRegressionResult r, double tol, String what) {
        if (r == null) {
            return Verdict.notEvaluated("needs the regression of " + what + " on the index");
        }
        double book = s.number().orElseThrow();
        double bookPermille = s.raw().get("share_permille").getAsDouble();
        double b = r.slopePerPoint();
        double pm = r.slopePermille();
        boolean slopeOk = Math.abs(b - book) <= tol * book;
        boolean pmOk = Math.abs(pm - bookPermille) <= tol * bookPermille;
        String expected = String.format(Locale.ROOT, "about %s亿元 per index point (%.2f‰ of the national total), ±%.0f%%",
                fmt(book), bookPermille, tol * 100);
        String actual = String.format(Locale.ROOT, "%s亿元 per point (95%% CI %s to %s), %.3f‰ of %s", fmt(b),
                fmt(r.linear().slopeCi().lower()), fmt(r.linear().slopeCi().upper()), pm, fmt(r.nationalTotal().value()));
        List<String> notes = new ArrayList<>();
        if (r.isReconstructed()) {
            notes.add("RECONSTRUCTED " + what + ": " + r.variable().reconstructed().size() + " of " + r.linear().n()
                    + " provincial values are reconstructed, so this checks the reconstruction, not the economy");
        }
        notes.add(String.format(Locale.ROOT, "the book's %s lies %s our 95%% CI", fmt(book),
                r.linear().slopeCi().contains(book) ? "inside" : "outside"));
        notes.add(String.format(Locale.ROOT, "the book's own %s ÷ this total = %.3f‰ (national total: %s)", fmt(book),
                book / r.nationalTotal().value() * 1000, r.nationalTotal().source()));
        if (!slopeOk) {
            notes.add("slope off by " + pct((b - book) / book));
        }
        if (!pmOk) {
            notes.add("‰ off by " + pct((pm - bookPermille) / bookPermille));
        }
        notes.add("index: " + r.indexBasis());
        return Verdict.of(slopeOk && pmOk, expected, actual, String.join("; ", notes));
    }

    private static Verdict positive(EconomyFindings f) {
        if (f.gdp() == null && f.digitalEconomy() == null) {
            return Verdict.notEvaluated("needs the regressions of GDP and the digital economy on the index");
        }
        List<String> parts = new ArrayList<>();
        boolean ok = true;
        for (EconomyRegressionResult r : new EconomyRegressionResult[]{f.gdp(), f.digitalEconomy()}) {
            if (r == null) {
                continue;
            }
            Correlations c = r.correlations();
            boolean sig = c.pearson() > 0 && c.pearsonPValue() < 0.05;
            ok &= sig;
            parts.add(String.format(Locale.ROOT, "%s: r = %.3f (p = %.2g), ρ = %.3f%s", r.variable().key(), c.pearson(),
                    c.pearsonPValue(), c.spearman(), r.isReconstructed() ? " [reconstructed]" : ""));
        }
        return Verdict.of(ok, "positive and significant (Pearson r > 0, p < 0.05)", String.join("; ", parts),
                "each variable tested separately; significance at the 5% level, two-sided");
    }

    private static Verdict weaker(EconomyFindings f) {
        if (f.gdp() == null || f.gdpPreviousYear() == null) {
            return Verdict.notEvaluated("needs the 2022 regression too (index and GDP for 2022; attach withPreviousYear)");
        }
        List<String> parts = new ArrayList<>();
        boolean ok = f.gdp().slopePerPoint() < f.gdpPreviousYear().slopePerPoint();
        parts.add(String.format(Locale.ROOT, "GDP: %s (%d) vs %s (%d)", fmt(f.gdp().slopePerPoint()), f.gdp().year(),
                fmt(f.gdpPreviousYear().slopePerPoint()), f.gdpPreviousYear().year()));
        if (f.digitalEconomy() != null && f.digitalPreviousYear() != null) {
            ok &= f.digitalEconomy().slopePerPoint() < f.digitalPreviousYear().slopePerPoint();
            parts.add(String.format(Locale.ROOT, "digital economy: %s vs %s", fmt(f.digitalEconomy().slopePerPoint()),
                    fmt(f.digitalPreviousYear().slopePerPoint())));
        }
        return Verdict.of(ok, "2023 slopes below the 2022 slopes", String.join("; ", parts),
                "compares slopes per index point; both years must use the same index method and GDP vintage");
    }

    private static Verdict typology(Statement s, TypologyResult t) {
        if (t == null) {
            return Verdict.notEvaluated("needs the economy typology");
        }
        ProvinceType type = switch (s.id()) {
            case "typology.supply" -> ProvinceType.SUPPLY_DRIVEN;
            case "typology.demand" -> ProvinceType.DEMAND_PULL;
            default -> ProvinceType.COORDINATED;
        };
        List<String> actual = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String p : s.provinces()) {
            ProvinceType got;
            try {
                got = t.typeOf(p);
            } catch (IllegalArgumentException e) {
                return Verdict.notEvaluated("the typology has no value for " + p);
            }
            actual.add(p + " " + got.nameEn());
            if (got != type) {
                wrong.add(p);
            }
        }
        String note = "rule: " + t.rule() + (t.withComputeBalance() ? ", with the compute balance" : ", sub-indices only")
                + (wrong.isEmpty() ? "" : "; placed differently: " + String.join("、", wrong));
        return Verdict.of(wrong.isEmpty(), String.join("、", s.provinces()) + " " + type.nameEn(), String.join(", ", actual), note);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", v * 100);
    }
}

package org.suanli.analysis;

import org.suanli.capacity.CapacityStatementEvaluator;
import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.data.StatementCitations;
import org.suanli.economy.EconomyFindings;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.Weights;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.ScorecardTotals;
import org.suanli.scorecard.StatementBases;
import org.suanli.scorecard.StatementBasis;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;
import org.suanli.capacity.NationalCapacity;
import org.suanli.index.BookReading;
import org.suanli.index.Standardiser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole analysis with its default choices, data to economy, in one call: what {@code suanli scorecard} and a
 * reviewer need to check every statement at once.
 *
 * <p>Each stage's package stays independent of the later ones; only this top-level class wires them: the index
 * (AHP weights of the illustrative panel, the index engine's default standardisation) and the economic findings
 * computed on that same index, so the scorecard judges one consistent run.
 *
 * @param indicators the indicator data the index is computed on
 * @param economy    GDP and the digital economy
 * @param index      the index result
 * @param findings   the regressions and the typology on that index
 */
public record BlueBookAnalysis(IndicatorData indicators, IndicatorData economy, IndexResult index, EconomyFindings findings) {

    /** Runs every stage on the given data with the default choices. */
    public static BlueBookAnalysis run(IndicatorData indicators, IndicatorData economy) {
        return run(indexModel(indicators), indicators, economy);
    }

    /** Runs every stage with an index model of your own (other choices or weights) on {@code indicators}. */
    public static BlueBookAnalysis run(IndexModel model, IndicatorData indicators, IndicatorData economy) {
        IndexResult index = model.run();
        return new BlueBookAnalysis(indicators, economy, index, EconomyFindings.standard(index, indicators, economy));
    }

    /**
     * The index as the analysis sets it up: {@code indicators} on the standard framework (表1), weighted by the
     * illustrative AHP panel of {@code data/ahp/}, with the index engine's default choices.
     */
    public static IndexModel indexModel(IndicatorData indicators) {
        return IndexModel.of(indicators, Framework.standard()).withWeights(Weights.ahpStandard());
    }

    /** Every statement the scorecard checks: the facts file and the national and global capacity figures. */
    public static Statements statements(Statements facts) {
        return facts.concat(CapacityStatementEvaluator.statements());
    }

    /** What the evaluators read: the data and every stage's result, attached by type, with each statement's basis. */
    public ScorecardContext context() {
        return ScorecardContext.of(IndicatorData.class, indicators).with(IndexResult.class, index)
                .with(EconomyFindings.class, findings).with(StatementBases.class, bases());
    }

    /**
     * Every stage's declaration of which statements it used: the statements cited by the indicator and economic
     * data's sources, the calibration set of the index (when the index uses the book reading) and the capacity
     * module's stated inputs and fitted figures.
     */
    public StatementBases bases() {
        StatementBases b = StatementCitations.of(indicators).plus(StatementCitations.of(economy))
                .plus(CapacityStatementEvaluator.bases(NationalCapacity.standard()));
        // The reconstruction's declaration describes the shipped file only, so it applies when these are its data.
        Optional<Path> declared = DataFiles.find()
                .map(d -> d.resolve("reconstruction_statements.csv")).filter(Files::isRegularFile);
        if (declared.isPresent() && indicators.observations().equals(DataFiles.indicators().observations())) {
            b = b.plus(StatementCitations.declared(declared.get()));
        }
        if (index.choices().standardiser() instanceof Standardiser.RatioToFixedReference) {
            b = b.plus(StatementBases.declare(BookReading.shipped().calibrationStatements(), StatementBasis.CALIBRATION,
                    "the book reading's k was fitted on it (data/calibration.json)"));
        }
        return b;
    }

    /**
     * The totals of a scorecard of this run, by basis and by set: the calibration set of {@code data/calibration.json},
     * the validation set (every other index and economy statement) and the rest (data, framework and capacity
     * statements). The one text every page prints.
     */
    public String totalsText(Scorecard card) {
        return card.totals().text() + setsText(card);
    }

    /** One line per set (calibration, validation, other): holds, fails and not evaluated. */
    public String setsText(Scorecard card) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, ScorecardTotals> e : totalsBySet(card).entrySet()) {
            ScorecardTotals t = e.getValue();
            b.append(String.format(Locale.ROOT, "set %-11s %3d statements: %3d hold, %3d fail, %3d not evaluated%n", e.getKey(),
                    t.total(), t.count(Status.HOLDS), t.count(Status.FAILS), t.count(Status.NOT_EVALUATED)));
        }
        return b.toString();
    }

    /** The totals per set: calibration, validation (other index and economy statements), other. */
    public Map<String, ScorecardTotals> totalsBySet(Scorecard card) {
        List<String> calibration = BookReading.shipped().calibrationStatements();
        Map<String, ScorecardTotals> out = new LinkedHashMap<>();
        out.put("calibration", ScorecardTotals.of(card.filter(e -> calibration.contains(e.id()))));
        out.put("validation", ScorecardTotals.of(card.filter(e -> !calibration.contains(e.id()) && isIndexOrEconomy(e))));
        out.put("other", ScorecardTotals.of(card.filter(e -> !calibration.contains(e.id()) && !isIndexOrEconomy(e))));
        return out;
    }

    private static boolean isIndexOrEconomy(ScorecardEntry e) {
        return e.parts().stream().anyMatch(v -> v.evaluator().equals("index engine") || v.evaluator().equals("economy"));
    }

    /** The scorecard of the given statements on this run. */
    public Scorecard scorecard(Statements statements) {
        return Scorecard.evaluate(statements, context());
    }
}

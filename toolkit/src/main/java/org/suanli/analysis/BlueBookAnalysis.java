package org.suanli.analysis;

import org.suanli.capacity.CapacityStatementEvaluator;
import org.suanli.data.Framework;
import org.suanli.data.IndicatorData;
import org.suanli.economy.EconomyFindings;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.Weights;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statements;

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
        IndexResult index = indexModel(indicators).run();
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

    /** What the evaluators read: the data and every stage's result, attached by type. */
    public ScorecardContext context() {
        return ScorecardContext.of(IndicatorData.class, indicators).with(IndexResult.class, index)
                .with(EconomyFindings.class, findings);
    }

    /** The scorecard of the given statements on this run. */
    public Scorecard scorecard(Statements statements) {
        return Scorecard.evaluate(statements, context());
    }
}

package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.economy.EconomyEvaluator;
import org.suanli.economy.EconomyFindings;
import org.suanli.index.IndexModel;
import org.suanli.index.IndexResult;
import org.suanli.index.IndexStatementEvaluator;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;

/**
 * How often one of the book's index or economy statements holds when the inputs vary: the statement is evaluated
 * by its own scorecard evaluator on full {@link IndexModel} runs (the reference path, with the economy regressions
 * and typology recomputed on each run's index), one run per row of the design's matrix A.
 *
 * @param id           statement id of the facts file
 * @param quote        the book's words
 * @param nominal      the scorecard's verdict with the model's own choices (holds, fails, not evaluated)
 * @param runs         runs evaluated
 * @param holds        runs on which it held
 * @param fails        runs on which it failed
 * @param probability  holds / (holds + fails); NaN when it could never be evaluated
 * @param low          Wilson 95% lower bound of the probability
 * @param high         Wilson 95% upper bound
 */
public record StatementRobustness(String id, String quote, String nominal, int runs, int holds, int fails,
                                  double probability, double low, double high) {

    static List<StatementRobustness> evaluate(IndexUncertainty u, int n, long seed, int threads) {
        int m = Math.min(n, u.spec().statementRuns());
        if (m == 0) {
            return List.of();
        }
        List<StatementEvaluator> evaluators = List.of(new IndexStatementEvaluator(), new EconomyEvaluator());
        List<Statement> statements = new ArrayList<>();
        for (Statement s : Statements.standard()) {
            if (evaluators.stream().anyMatch(e -> e.handles(s))) {
                statements.add(s);
            }
        }
        IndicatorData economy = DataFiles.economy();
        Status[] nominal = verdicts(u.base(), statements, evaluators, u.data(), economy);
        int d = u.inputNames().size();
        SaltelliDesign.Rows rows = new SaltelliDesign(d, seed).rows(0);
        double[][] us = new double[m][d];
        double[] b = new double[d];
        for (int j = 0; j < m; j++) {
            rows.next(us[j], b);
        }
        Status[][] got = new Status[m][];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, m).parallel().forEach(j -> {
                try {
                    got[j] = verdicts(u.referenceModel(us[j]), statements, evaluators, u.indicators(us[j]), economy);
                } catch (RuntimeException e) {
                    got[j] = null; // the run cannot be computed with these choices: every statement not evaluated
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<StatementRobustness> out = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            int h = 0;
            int f = 0;
            for (int j = 0; j < m; j++) {
                if (got[j] == null) {
                    continue;
                }
                h += got[j][s] == Status.HOLDS ? 1 : 0;
                f += got[j][s] == Status.FAILS ? 1 : 0;
            }
            double[] w = wilson(h, h + f);
            out.add(new StatementRobustness(statements.get(s).id(), statements.get(s).quote(), nominal[s].jsonName(), m, h, f,
                    h + f == 0 ? Double.NaN : (double) h / (h + f), w[0], w[1]));
        }
        return out;
    }

    private static Status[] verdicts(IndexModel model, List<Statement> statements, List<StatementEvaluator> evaluators,
                                     IndicatorData indicators, IndicatorData economy) {
        IndexResult r = model.run();
        ScorecardContext c = ScorecardContext.of(IndexResult.class, r)
                .with(EconomyFindings.class, EconomyFindings.standard(r, indicators, economy));
        Status[] out = new Status[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            StatementEvaluator e = evaluators.stream().filter(x -> x.handles(s)).findFirst().orElseThrow();
            out[i] = e.evaluate(s, c).status();
        }
        return out;
    }

    /** Wilson's score interval for k successes in n trials, z = 1.96. */
    static double[] wilson(int k, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.959963984540054;
        double p = (double) k / n;
        double den = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / den;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / den;
        // at k = 0 (k = n) the bound is exactly 0 (1); computing it leaves rounding noise
        return new double[] {k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half)};
    }
}

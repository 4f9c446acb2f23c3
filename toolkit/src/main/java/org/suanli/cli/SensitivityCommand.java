package org.suanli.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

import org.suanli.index.IndexModel;
import org.suanli.sensitivity.IndexUncertainty;
import org.suanli.sensitivity.RankInterval;
import org.suanli.sensitivity.SobolAnalysis;
import org.suanli.sensitivity.SobolJson;
import org.suanli.sensitivity.SobolResult;
import org.suanli.sensitivity.TestFunctions;
import org.suanli.sensitivity.UncertainInput;
import org.suanli.sensitivity.UncertaintyResult;
import org.suanli.sensitivity.UncertaintySpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suanli sensitivity}: rank intervals, statement robustness and Sobol indices of the composite index
 * (docs/sensitivity.md), or the estimator on an analytic test function, for reviewers.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Uncertainty and sensitivity analysis of the composite index: rank intervals, tier probabilities,",
                "the probability of each of the book's statements, and first-order/total Sobol indices of each input.",
                "Same seed, same JSON, on any number of threads. See docs/sensitivity.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:computed", "1:the analysis cannot be run with these choices (the message says why)",
                "2:bad command line"})
public final class SensitivityCommand implements Callable<Integer> {

    @Option(names = "--n", paramLabel = "N", defaultValue = "4096",
            description = "Base sample size; N·(d + 2) model runs; a power of two suits the Sobol sequence (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the design's shift and the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--inputs", paramLabel = "NAME", split = ",",
            description = "Inputs to vary (default: all): weights, standardisation, aggregation, base-year and the reconstruction's assumptions")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--weights", paramLabel = "bootstrap|dirichlet", defaultValue = "bootstrap",
            description = "Weights input: resample the AHP panel's experts, or Dirichlet around the AHP weights (default: ${DEFAULT-VALUE})")
    String weights;

    @Option(names = "--concentration", paramLabel = "C", defaultValue = "50",
            description = "Dirichlet concentration: weight SD = √(w(1−w)/(C+1)) (default: ${DEFAULT-VALUE})")
    double concentration;

    @Option(names = "--focus", paramLabel = "PROVINCE", split = ",", defaultValue = "陕西",
            description = "Provinces whose rank and score get bootstrap intervals (default: ${DEFAULT-VALUE})")
    List<String> focus;

    @Option(names = "--statement-runs", paramLabel = "M", defaultValue = "256",
            description = "Full-model runs on which every index and economy statement is checked (default: ${DEFAULT-VALUE})")
    int statementRuns;

    @Option(names = "--replicates", paramLabel = "B", defaultValue = "100", description = "Bootstrap replicates (default: ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all processors)")
    Integer threads;

    @Option(names = "--test-function", paramLabel = "ishigami|sobol-g",
            description = "Run the estimator on an analytic test function (Ishigami a=7, b=0.1; Sobol G a=0,1,4.5,9,99,99,99,99) instead of the index")
    String testFunction;

    @Option(names = "--json", description = "Write the result as JSON (deterministic per seed)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (n < 2) {
            err.println("suanli sensitivity: --n must be at least 2, not " + n);
            return 2;
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            err.println("suanli sensitivity: --threads must be at least 1, not " + t);
            return 2;
        }
        if (replicates < 0 || replicates == 1) {
            err.println("suanli sensitivity: --replicates must be 0 or at least 2, not " + replicates);
            return 2;
        }
        Progress progress = new Progress(err, terminal());
        if (testFunction != null) {
            return testFunction(out, err, t, progress);
        }
        UncertaintySpec s;
        try {
            s = UncertaintySpec.standard();
            if (weights.equals("dirichlet")) {
                s = s.with(new UncertainInput.DirichletWeights(concentration));
            } else if (!weights.equals("bootstrap")) {
                err.println("suanli sensitivity: --weights must be bootstrap or dirichlet, not '" + weights + "'");
                return 2;
            }
            if (!inputs.isEmpty()) {
                s = s.only(inputs);
            }
            s = s.withFocus(focus).withReplicates(replicates).withStatementRuns(statementRuns);
        } catch (IllegalArgumentException e) {
            err.println("suanli sensitivity: " + e.getMessage());
            return 2;
        }
        UncertaintyResult r;
        long start = System.nanoTime();
        try {
            IndexUncertainty u = IndexUncertainty.of(IndexModel.standard(), s);
            progress.total = (long) n * (s.inputs().size() + 2);
            r = u.run(n, seed, t, progress);
        } catch (IllegalArgumentException | IllegalStateException e) {
            progress.clear();
            err.println("suanli sensitivity: " + e.getMessage());
            return 1;
        }
        progress.clear();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            out.println(r.toJson());
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "%d model runs (N = %d, %d inputs) in %.2f s on %d threads, statements on %d full-model runs%n",
                r.runs(), n, s.inputs().size(), seconds, t, Math.min(n, statementRuns));
        for (UncertainInput in : s.inputs()) {
            out.println("  " + in.name() + ": " + in.describe());
        }
        out.println();
        out.println("Rank " + r.year() + ": nominal, median, 5-95% band, probability of ranks 1-6 / 7-15 / 16+");
        for (RankInterval ri : r.rankIntervals()) {
            out.printf(Locale.ROOT, "  %-4s %2d  median %2d  [%2d, %2d]  %.3f %.3f %.3f%n", ri.province(), ri.nominal(), ri.median(),
                    ri.low(), ri.high(), ri.tier1(), ri.tier2(), ri.tier3());
        }
        out.println();
        out.println("Composite rank sets on every run: " + r.rankSetProbabilities());
        out.println();
        out.println(r.statementTable().printAll());
        out.println();
        out.println(r.sensitivity(IndexUncertainty.RANK_SHIFT).printAll());
        for (String f : s.focus()) {
            out.println(r.sensitivity("rank " + f).printAll());
        }
        out.println("Input with the largest total effect on the mean rank shift: " + r.dominantInput());
        out.flush();
        return 0;
    }

    private int testFunction(PrintWriter out, PrintWriter err, int t, Progress progress) {
        TestFunctions.Analytic f;
        switch (testFunction) {
            case "ishigami" -> f = TestFunctions.ishigami(7, 0.1);
            case "sobol-g" -> f = TestFunctions.sobolGStandard();
            default -> {
                err.println("suanli sensitivity: --test-function must be ishigami or sobol-g, not '" + testFunction + "'");
                return 2;
            }
        }
        progress.total = (long) n * (f.model().inputNames().size() + 2);
        SobolResult r = SobolAnalysis.of(f.model()).threads(t).replicates(replicates).progress(progress).run(n, seed);
        progress.clear();
        if (json) {
            out.println(SobolJson.testFunction(testFunction, r, f.s1(), f.st()));
        } else {
            out.printf(Locale.ROOT, "%s, N = %d, %d runs: input, S1 (95%% CI), analytic S1, ST (95%% CI), analytic ST%n", testFunction, n, r.runs());
            for (int i = 0; i < f.s1().length; i++) {
                var s = r.indices().get(i);
                out.printf(Locale.ROOT, "  %-3s S1 %.4f [%.4f, %.4f] (analytic %.4f)   ST %.4f [%.4f, %.4f] (analytic %.4f)%n", s.input(),
                        s.s1(), s.s1Low(), s.s1High(), f.s1()[i], s.st(), s.stLow(), s.stHigh(), f.st()[i]);
            }
        }
        out.flush();
        return 0;
    }

    /** Whether standard error is an interactive terminal (not a pipe, a log file or CI). */
    private static boolean terminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb") && System.getenv("CI") == null;
    }

    /** A one-line bar redrawn in place on a terminal; silent elsewhere. */
    private static final class Progress implements LongConsumer {
        private final PrintWriter err;
        private final boolean on;
        long total;
        private int shown = -1;

        Progress(PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        @Override
        public void accept(long done) {
            if (!on || total <= 0) {
                return;
            }
            int pct = (int) Math.min(100, done * 100 / total);
            if (pct == shown) {
                return;
            }
            shown = pct;
            int filled = pct * 30 / 100;
            err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d / %,d runs", "#".repeat(filled), " ".repeat(30 - filled), pct, done, total);
            err.flush();
        }

        void clear() {
            if (on && shown >= 0) {
                err.print("\r" + " ".repeat(70) + "\r");
                err.flush();
            }
        }
    }
}

package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Variance-based sensitivity analysis of any {@link SobolModel}: Saltelli (2010) sampling on a digitally shifted
 * Sobol sequence ({@link SaltelliDesign}), N·(d + 2) model runs, Saltelli's first-order and Jansen's total estimators
 * with Poisson-bootstrap intervals ({@link SobolSums}).
 *
 * <p>Rows are processed in chunks of {@value #CHUNK} on {@code threads} threads; chunk sums are merged in chunk
 * order and at most {@code 4·threads} chunks are in flight, so memory is bounded and the result is bit-for-bit the
 * same on one thread and on many. Cost grows linearly in N.
 */
public final class SobolAnalysis {
    /** Rows per chunk: the unit of parallel work, of merging and of the bootstrap's random stream. */
    public static final int CHUNK = 256;
    /** Default number of bootstrap replicates. */
    public static final int DEFAULT_REPLICATES = 100;

    private final SobolModel model;
    private final int threads;
    private final int replicates;
    private final int[] bootOutputs;
    private final LongConsumer progress;

    private SobolAnalysis(SobolModel model, int threads, int replicates, int[] bootOutputs, LongConsumer progress) {
        this.model = model;
        this.threads = threads;
        this.replicates = replicates;
        this.bootOutputs = bootOutputs;
        this.progress = progress;
    }

    /** All available processors, {@value #DEFAULT_REPLICATES} bootstrap replicates of every output, no progress. */
    public static SobolAnalysis of(SobolModel model) {
        int[] all = new int[model.outputNames().size()];
        Arrays.setAll(all, i -> i);
        return new SobolAnalysis(model, Runtime.getRuntime().availableProcessors(), DEFAULT_REPLICATES, all, r -> { });
    }

    public SobolAnalysis threads(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + t);
        }
        return new SobolAnalysis(model, t, replicates, bootOutputs, progress);
    }

    /** Bootstrap replicates behind the intervals (0: point estimates only). */
    public SobolAnalysis replicates(int b) {
        if (b < 0 || b == 1) {
            throw new IllegalArgumentException("bootstrap replicates must be 0 or at least 2, not " + b);
        }
        return new SobolAnalysis(model, threads, b, bootOutputs, progress);
    }

    /** Which outputs get bootstrap intervals and convergence curves (indices into the model's outputs). */
    public SobolAnalysis bootstrapped(int... outputs) {
        for (int k : outputs) {
            if (k < 0 || k >= model.outputNames().size()) {
                throw new IllegalArgumentException("no output " + k + "; the model has " + model.outputNames().size());
            }
        }
        return new SobolAnalysis(model, threads, replicates, outputs.clone(), progress);
    }

    /** Called on the calling thread with the number of model runs done, after each merged chunk. */
    public SobolAnalysis progress(LongConsumer p) {
        return new SobolAnalysis(model, threads, replicates, bootOutputs, p);
    }

    /** Runs the analysis with base sample size {@code n}. */
    public SobolResult run(int n, long seed) {
        return run(n, seed, NoObserver::new).result();
    }

    /** The analysis together with a statistic every model run was shown to. */
    public record Outcome<T>(SobolResult result, T observed) {
    }

    /** Runs the analysis; every model run's outputs also go to observers made by {@code observers}. */
    public <T extends RunObserver<T>> Outcome<T> run(int n, long seed, Supplier<T> observers) {
        if (n < 2) {
            throw new IllegalArgumentException("the base sample size N must be at least 2, not " + n);
        }
        int d = model.inputNames().size();
        int k = model.outputNames().size();
        SaltelliDesign design = new SaltelliDesign(d, seed);
        double[] centre = model.centre();
        int chunks = (n + CHUNK - 1) / CHUNK;
        SobolSums total = null;
        T observed = null;
        List<ConvergencePoint> convergence = new ArrayList<>();
        int window = Math.max(1, 4 * threads);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sobol");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (int first = 0; first < chunks; first += window) {
                int last = Math.min(chunks, first + window);
                List<Chunk<T>> done = new ArrayList<>();
                if (pool == null) {
                    for (int c = first; c < last; c++) {
                        done.add(chunk(design, c, n, d, k, centre, seed, observers));
                    }
                } else {
                    List<Future<Chunk<T>>> futures = new ArrayList<>();
                    for (int c = first; c < last; c++) {
                        int cc = c;
                        futures.add(pool.submit(() -> chunk(design, cc, n, d, k, centre, seed, observers)));
                    }
                    for (Future<Chunk<T>> f : futures) {
                        done.add(get(f));
                    }
                }
                for (Chunk<T> c : done) {
                    if (total == null) {
                        total = c.sums;
                        observed = c.observer;
                    } else {
                        total.merge(c.sums);
                        observed.merge(c.observer);
                    }
                    int rows = Math.min(n, (c.index + 1) * CHUNK);
                    if (Integer.bitCount(rows) == 1 || rows == n) {
                        convergence.addAll(snapshot(total, rows, d));
                    }
                    progress.accept((long) rows * (d + 2));
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Outcome<>(result(total, n, seed, convergence), observed);
    }

    private record Chunk<T>(int index, SobolSums sums, T observer) {
    }

    private <T extends RunObserver<T>> Chunk<T> chunk(SaltelliDesign design, int c, int n, int d, int k, double[] centre,
                                                      long seed, Supplier<T> observers) {
        SobolSums sums = new SobolSums(d, k, bootOutputs, replicates);
        T observer = observers.get();
        SobolModel.Evaluator f = model.evaluator();
        SaltelliDesign.Rows rows = design.rows(c * CHUNK);
        double[] a = new double[d];
        double[] b = new double[d];
        double[] ab = new double[d];
        double[] yA = new double[k];
        double[] yB = new double[k];
        double[][] yAB = new double[d][k];
        int[] weights = new int[replicates];
        int end = Math.min(n, (c + 1) * CHUNK);
        for (int j = c * CHUNK; j < end; j++) {
            rows.next(a, b);
            f.evaluate(a, yA);
            observer.observe(yA);
            f.evaluate(b, yB);
            observer.observe(yB);
            for (int i = 0; i < d; i++) {
                System.arraycopy(a, 0, ab, 0, d);
                ab[i] = b[i];
                f.evaluate(ab, yAB[i]);
                observer.observe(yAB[i]);
                centre(yAB[i], centre);
            }
            centre(yA, centre);
            centre(yB, centre);
            poissonWeights(seed, j, weights);
            sums.add(yA, yB, yAB, weights);
        }
        return new Chunk<>(c, sums, observer);
    }

    private static void centre(double[] y, double[] c) {
        for (int i = 0; i < y.length; i++) {
            y[i] -= c[i];
        }
    }

    private static final double[] POISSON_CDF = poissonCdf();

    private static double[] poissonCdf() {
        double[] cdf = new double[20];
        double p = Math.exp(-1);
        double s = 0;
        for (int i = 0; i < cdf.length; i++) {
            s += p;
            cdf[i] = s;
            p /= i + 1;
        }
        return cdf;
    }

    /** Poisson(1) counts of row {@code row} in each replicate, from a stream that depends only on seed and row. */
    static void poissonWeights(long seed, int row, int[] out) {
        if (out.length == 0) {
            return;
        }
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + row);
        for (int b = 0; b < out.length; b++) {
            double u = r.nextDouble();
            int kk = 0;
            while (kk < POISSON_CDF.length - 1 && u > POISSON_CDF[kk]) {
                kk++;
            }
            out[b] = kk;
        }
    }

    private List<ConvergencePoint> snapshot(SobolSums s, int rows, int d) {
        List<ConvergencePoint> out = new ArrayList<>();
        for (int q : bootOutputs) {
            double[][] idx = SobolSums.indices(s.point[q], d);
            for (int i = 0; i < d; i++) {
                out.add(new ConvergencePoint(rows, (long) rows * (d + 2), model.outputNames().get(q), model.inputNames().get(i),
                        idx[0][i], idx[1][i]));
            }
        }
        return out;
    }

    private SobolResult result(SobolSums s, int n, long seed, List<ConvergencePoint> convergence) {
        int d = model.inputNames().size();
        List<SensitivityIndex> indices = new ArrayList<>();
        List<Double> variance = new ArrayList<>();
        for (int k = 0; k < model.outputNames().size(); k++) {
            double[][] idx = SobolSums.indices(s.point[k], d);
            variance.add(SobolSums.variance(s.point[k]));
            int q = indexOf(bootOutputs, k);
            double[][] lo = new double[2][d];
            double[][] hi = new double[2][d];
            for (double[] row : lo) {
                Arrays.fill(row, Double.NaN);
            }
            for (double[] row : hi) {
                Arrays.fill(row, Double.NaN);
            }
            if (q >= 0 && replicates > 0) {
                double[][][] reps = new double[2][d][replicates];
                for (int b = 0; b < replicates; b++) {
                    double[][] r = SobolSums.indices(s.boot[b][q], d);
                    for (int i = 0; i < d; i++) {
                        reps[0][i][b] = r[0][i];
                        reps[1][i][b] = r[1][i];
                    }
                }
                for (int m = 0; m < 2; m++) {
                    for (int i = 0; i < d; i++) {
                        lo[m][i] = quantile(reps[m][i], 0.025);
                        hi[m][i] = quantile(reps[m][i], 0.975);
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                indices.add(new SensitivityIndex(model.outputNames().get(k), model.inputNames().get(i), idx[0][i], lo[0][i],
                        hi[0][i], idx[1][i], lo[1][i], hi[1][i]));
            }
        }
        return new SobolResult(model.inputNames(), model.outputNames(), n, (long) n * (d + 2), seed, replicates, variance,
                indices, convergence);
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** Type-7 quantile, NaN if any replicate is NaN. */
    static double quantile(double[] values, double p) {
        double[] v = values.clone();
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
        }
        Arrays.sort(v);
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    private static <V> V get(Future<V> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sensitivity analysis was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** An observer that keeps nothing. */
    static final class NoObserver implements RunObserver<NoObserver> {
        @Override
        public void observe(double[] outputs) {
        }

        @Override
        public void merge(NoObserver later) {
        }
    }
}

package org.suanli.sensitivity;

/**
 * Streaming sums behind the first-order and total indices of every (output, input) pair, for the point estimate and
 * for B Poisson-bootstrap replicates. Memory does not grow with N: a row's model values are folded in and dropped.
 *
 * <p>Estimators, with yA, yB, yABi the centred outputs of a row (Saltelli et al. 2010, table 2):
 * <ul>
 *   <li>V = the variance of the 2N values yA and yB;</li>
 *   <li>first order, Saltelli (2010) eq. (b): Vᵢ = (1/N) Σ yB·(yABi − yA), Sᵢ = Vᵢ / V;</li>
 *   <li>total, Jansen (1999) eq. (f): V_Tᵢ = (1/2N) Σ (yA − yABi)², S_Tᵢ = V_Tᵢ / V.</li>
 * </ul>
 * The bootstrap resamples rows: replicate b gives row j the weight k ~ Poisson(1) (the Poisson bootstrap, Hanley &amp;
 * MacGibbon 2006, <i>Comput. Methods Programs Biomed.</i> 83:57–62), which is the multinomial resampling of rows in
 * the limit and needs no stored rows.
 */
final class SobolSums {
    final int inputs;
    final int outputs;
    final int[] bootOutputs;
    final int replicates;
    /** [output][slot]: slot 0 W, 1 Σy, 2 Σy², then 3+i Σ yB(yABi − yA), 3+d+i Σ (yA − yABi)². */
    final double[][] point;
    /** [replicate][bootOutput][slot], same slots. */
    final double[][][] boot;

    SobolSums(int inputs, int outputs, int[] bootOutputs, int replicates) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.bootOutputs = bootOutputs;
        this.replicates = replicates;
        int slots = 3 + 2 * inputs;
        this.point = new double[outputs][slots];
        this.boot = new double[replicates][bootOutputs.length][slots];
    }

    /** Folds in one row: yA[k], yB[k], yAB[i][k], centred already; {@code weights} has one Poisson count per replicate. */
    void add(double[] yA, double[] yB, double[][] yAB, int[] weights) {
        for (int k = 0; k < outputs; k++) {
            addTo(point[k], 1, k, yA, yB, yAB);
        }
        for (int b = 0; b < replicates; b++) {
            int w = weights[b];
            if (w == 0) {
                continue;
            }
            double[][] rb = boot[b];
            for (int q = 0; q < bootOutputs.length; q++) {
                addTo(rb[q], w, bootOutputs[q], yA, yB, yAB);
            }
        }
    }

    private void addTo(double[] s, double w, int k, double[] yA, double[] yB, double[][] yAB) {
        double a = yA[k];
        double bb = yB[k];
        s[0] += w;
        s[1] += w * (a + bb);
        s[2] += w * (a * a + bb * bb);
        for (int i = 0; i < inputs; i++) {
            double c = yAB[i][k];
            s[3 + i] += w * bb * (c - a);
            double dd = a - c;
            s[3 + inputs + i] += w * dd * dd;
        }
    }

    /** Adds a later chunk's sums; merging in a fixed chunk order makes the result independent of the thread count. */
    void merge(SobolSums later) {
        for (int k = 0; k < outputs; k++) {
            add(point[k], later.point[k]);
        }
        for (int b = 0; b < replicates; b++) {
            for (int q = 0; q < bootOutputs.length; q++) {
                add(boot[b][q], later.boot[b][q]);
            }
        }
    }

    private static void add(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** {S₁ of each input, S_T of each input} from one slot vector; NaN when the output does not vary. */
    static double[][] indices(double[] s, int inputs) {
        double w = s[0];
        double v = variance(s);
        double[][] out = new double[2][inputs];
        for (int i = 0; i < inputs; i++) {
            out[0][i] = v > 0 ? s[3 + i] / w / v : Double.NaN;
            out[1][i] = v > 0 ? s[3 + inputs + i] / (2 * w) / v : Double.NaN;
        }
        return out;
    }

    /** The variance V of one output from its slots; 0 when it is below rounding noise of the mean square. */
    static double variance(double[] s) {
        double mean = s[1] / (2 * s[0]);
        double meanSquare = s[2] / (2 * s[0]);
        double v = meanSquare - mean * mean;
        return v > 1e-12 * meanSquare ? v : 0;
    }
}

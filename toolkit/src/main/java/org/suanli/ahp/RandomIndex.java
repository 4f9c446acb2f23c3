package org.suanli.ahp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Random-index tables for the consistency ratio CR = CI / RI.
 *
 * <p>RI(n) is the mean consistency index of random reciprocal matrices of order n. Different authors simulated it
 * differently, and the choice moves CR by up to ~12 % for small n, which matters exactly when CR sits near the
 * 0.10 threshold. So the table is a named, cited choice rather than a constant buried in the code.
 * Every table gives RI = 0 for n = 1 and 2: such matrices are consistent by definition.
 */
public enum RandomIndex {

    /**
     * Saaty's classic table, the one reproduced in most textbooks and in the Chinese AHP literature
     * (平均随机一致性指标): Saaty, T.L. (1980) <i>The Analytic Hierarchy Process</i>, McGraw-Hill; also
     * Saaty (1990) "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26.
     */
    SAATY_1980("saaty1980", "Saaty (1980) classic",
            "Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill; Saaty (1990), EJOR 48:9-26.",
            new double[] {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}),

    /** Saaty, T.L. (2005) <i>Theory and Applications of the Analytic Network Process</i>, RWS Publications, p. 31. */
    SAATY_2005("saaty2005", "Saaty (2005)",
            "Saaty, T.L. (2005). Theory and Applications of the Analytic Network Process. RWS Publications, p. 31.",
            new double[] {0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59}),

    /**
     * Donegan, H.A. and Dodd, F.J. (1991) "A note on Saaty's random indexes", Mathematical and Computer Modelling
     * 15(10), 135–137, doi:10.1016/0895-7177(91)90098-R. Values for n = 3…20 as used by the AHPy library.
     */
    DONEGAN_DODD_1991("donegan-dodd", "Donegan & Dodd (1991)",
            "Donegan, H.A., Dodd, F.J. (1991). A note on Saaty's random indexes. Math. Comput. Modelling 15(10):135-137.",
            new double[] {0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643,
                    1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371}),

    /**
     * Alonso, J.A. and Lamata, M.T. (2006) "Consistency in the analytic hierarchy process: a new approach",
     * Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 445–459 (500 000 random matrices per n).
     * Values for n = 3…15 as transcribed in public AHP code citing that paper; beyond 15 the paper's regression
     * λ̄ = 2.7699 n − 4.3513 gives RI = (1.7699 n − 4.3513)/(n − 1).
     */
    ALONSO_LAMATA_2006("alonso-lamata", "Alonso & Lamata (2006)",
            "Alonso, J.A., Lamata, M.T. (2006). Consistency in the analytic hierarchy process: a new approach. "
                    + "IJUFKS 14(4):445-459.",
            new double[] {0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854, 1.5140, 1.5365, 1.5551,
                    1.5713, 1.5838});

    private final String id;
    private final String label;
    private final String citation;
    private final double[] fromThree;

    RandomIndex(String id, String label, String citation, double[] fromThree) {
        this.id = id;
        this.label = label;
        this.citation = citation;
        this.fromThree = fromThree;
    }

    /** The short name used on the command line and in JSON, e.g. {@code saaty1980}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }

    /** The largest n this table covers. */
    public int maxOrder() {
        return this == ALONSO_LAMATA_2006 ? Integer.MAX_VALUE : fromThree.length + 2;
    }

    /** The published values for n = 3, 4, … (a copy). */
    public double[] publishedValues() {
        return Arrays.copyOf(fromThree, fromThree.length);
    }

    /**
     * RI for a matrix of order n.
     *
     * @throws IllegalArgumentException if the table does not reach n (say which tables do)
     */
    public double value(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A comparison matrix has at least one row; got n = " + n);
        }
        if (n <= 2) {
            return 0.0;
        }
        int i = n - 3;
        if (i < fromThree.length) {
            return fromThree[i];
        }
        if (this == ALONSO_LAMATA_2006) {
            return (1.7699 * n - 4.3513) / (n - 1.0);
        }
        throw new IllegalArgumentException("The " + label + " random-index table stops at n = " + maxOrder()
                + "; a " + n + "×" + n + " matrix needs --ri alonso-lamata (regression formula) or fewer criteria.");
    }

    /** Parses a command-line or JSON name: the id, the enum name, or a few obvious spellings. */
    public static RandomIndex parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (RandomIndex ri : values()) {
            if (ri.id.equals(t) || ri.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
                return ri;
            }
        }
        switch (t) {
            case "saaty", "classic", "saaty-classic", "saaty1990" -> {
                return SAATY_1980;
            }
            case "dd", "donegan-dodd-1991" -> {
                return DONEGAN_DODD_1991;
            }
            case "alonso", "alonso-lamata-2006" -> {
                return ALONSO_LAMATA_2006;
            }
            default -> throw new IllegalArgumentException("Unknown random-index table '" + text
                    + "'; use one of saaty1980, saaty2005, donegan-dodd, alonso-lamata.");
        }
    }
}

package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;

/**
 * Functions whose Sobol indices are known in closed form, to check the estimator: a reviewer runs them with
 * {@code suanli sensitivity --test-function}.
 */
public final class TestFunctions {
    private TestFunctions() {
    }

    /** A test function with its analytic first-order and total indices. */
    public record Analytic(SobolModel model, double[] s1, double[] st) {
        /**
         * The estimated indices of {@code estimate} (a run of this function's {@link #model()}) next to the analytic
         * ones: one row per input with S1, its analytic value, ST and its analytic value.
         */
        public Table compare(SobolResult estimate) {
            StringColumn input = StringColumn.create("input");
            DoubleColumn s1e = DoubleColumn.create("S1");
            DoubleColumn s1a = DoubleColumn.create("S1 analytic");
            DoubleColumn ste = DoubleColumn.create("ST");
            DoubleColumn sta = DoubleColumn.create("ST analytic");
            String output = estimate.outputs().get(0);
            for (int i = 0; i < s1.length; i++) {
                SensitivityIndex s = estimate.index(output, estimate.inputs().get(i));
                input.append(s.input());
                s1e.append(s.s1());
                s1a.append(s1[i]);
                ste.append(s.st());
                sta.append(st[i]);
            }
            return ShownProvenance.attach(Table.create("estimate (N = " + estimate.n() + ") vs analytic", input, s1e, s1a, ste,
                    sta), Language.pick("S1、ST：由 " + estimate.runs() + " 次模型运行估计（基础样本 N = "
                            + estimate.n() + "，种子 " + estimate.seed() + "）；analytic：该测试函数的解析值（闭式解）",
                    "S1, ST: estimated from " + estimate.runs() + " model runs (base sample N = " + estimate.n() + ", seed "
                            + estimate.seed() + "); analytic: the test function's values in closed form"));
        }
    }

    /**
     * Ishigami &amp; Homma (1990): f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, xᵢ ~ U(−π, π). Variances from Sobol' &amp;
     * Levitan (1999) and Saltelli et al. (2008, §4.4): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V₁ = (1 + bπ⁴/5)²/2,
     * V₂ = a²/8, V₃ = 0, V₁₃ = b²π⁸/18 − b²π⁸/50.
     */
    public static Analytic ishigami(double a, double b) {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        SobolModel m = model("ishigami", 3, 1, (u, out) -> {
            double x1 = -Math.PI + 2 * Math.PI * u[0];
            double x2 = -Math.PI + 2 * Math.PI * u[1];
            double x3 = -Math.PI + 2 * Math.PI * u[2];
            double s = Math.sin(x2);
            double x34 = x3 * x3 * x3 * x3;
            out[0] = Math.sin(x1) + a * s * s + b * x34 * Math.sin(x1);
        });
        return new Analytic(m, new double[] {v1 / v, v2 / v, 0}, new double[] {(v1 + v13) / v, v2 / v, v13 / v});
    }

    /**
     * Sobol's G function: f = Π (|4xᵢ − 2| + aᵢ)/(1 + aᵢ), xᵢ ~ U(0, 1). Vᵢ = 1/(3(1 + aᵢ)²),
     * V = Π(1 + Vᵢ) − 1, Sᵢ = Vᵢ/V, S_Tᵢ = Vᵢ Π_{j≠i}(1 + Vⱼ)/V (Saltelli et al. 2010, §5).
     */
    public static Analytic sobolG(double... a) {
        int d = a.length;
        double[] vi = new double[d];
        double prod = 1;
        for (int i = 0; i < d; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] s1 = new double[d];
        double[] st = new double[d];
        for (int i = 0; i < d; i++) {
            s1[i] = vi[i] / v;
            st[i] = vi[i] * (prod / (1 + vi[i])) / v;
        }
        double[] ac = a.clone();
        SobolModel m = model("sobol-g", d, 1, (u, out) -> {
            double p = 1;
            for (int i = 0; i < ac.length; i++) {
                p *= (Math.abs(4 * u[i] - 2) + ac[i]) / (1 + ac[i]);
            }
            out[0] = p;
        });
        return new Analytic(m, s1, st);
    }

    /** The G function with the a's of the issue and of Saltelli et al. (2010): 0, 1, 4.5, 9, 99, 99, 99, 99. */
    public static Analytic sobolGStandard() {
        return sobolG(0, 1, 4.5, 9, 99, 99, 99, 99);
    }

    private static SobolModel model(String name, int d, int outputs, SobolModel.Evaluator f) {
        List<String> in = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            in.add("x" + i);
        }
        List<String> out = List.of(name);
        return new SobolModel() {
            @Override
            public List<String> inputNames() {
                return in;
            }

            @Override
            public List<String> outputNames() {
                return out;
            }

            @Override
            public Evaluator evaluator() {
                return f;
            }
        };
    }
}

package org.suanli.sensitivity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.reconstruct.Reconstruction;
import org.suanli.reconstruct.ReferenceInputs;
import org.suanli.scorecard.Statements;

/**
 * The reconstruction's assumptions (data/RECONSTRUCTION.md) as uncertain inputs. Each combination of levels rebuilds
 * the indicator data with {@code Reconstruction.run(inputs, facts, framework, …)} — the reconstruction code itself,
 * never a perturbation of its output — once per analysis.
 *
 * <p>For now only A1 (the margin above a stated lower bound) is a parameter of the reconstruction; the proxy exponent
 * (A2), the east weight λ and 北京's compute lead (A7) join as inputs when branch reconstruct2's
 * {@code ReconstructionAssumptions} lands.
 */
public final class ReconstructionInputs {
    /** A1: how far above a stated lower bound ("超过/突破 X") a value is put. */
    public static final String MARGIN = "a1-margin";

    private ReconstructionInputs() {
    }

    /**
     * A1 margin 0, 2% (shipped) or 5%, equally likely: "突破" says the value has crossed the round number, not by how
     * much; 0 is the bound itself, 5% a value well past it. The levels are ours.
     */
    public static List<UncertainInput> standard() {
        return List.of(new UncertainInput.AssumptionChoice(MARGIN, "A1 margin above a stated lower bound (超过/突破 X)",
                List.of(0.0, Reconstruction.BOUND_MARGIN, 0.05), Reconstruction.BOUND_MARGIN));
    }

    /** Rebuilds the data through the reconstruction code, with the inputs, facts and framework read once. */
    public static ReconstructionVariants variants() {
        ReferenceInputs in;
        try {
            in = ReferenceInputs.load(DataFiles.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reconstruction's inputs in " + DataFiles.dir() + ": " + e.getMessage(), e);
        }
        Statements facts = Statements.standard();
        Framework framework = Framework.standard();
        return values -> Reconstruction.run(in, facts, framework, margin(values)).data();
    }

    /** The A1 margin of the given values (the shipped one when absent); an unknown name is refused. */
    static double margin(Map<String, Double> values) {
        for (String k : values.keySet()) {
            if (!k.equals(MARGIN)) {
                throw new IllegalArgumentException("no reconstruction assumption '" + k + "'; they are " + List.of(MARGIN));
            }
        }
        return values.getOrDefault(MARGIN, Reconstruction.BOUND_MARGIN);
    }
}

package org.suanli.sensitivity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.suanli.data.DataFiles;
import org.suanli.data.Framework;
import org.suanli.reconstruct.Reconstruction;
import org.suanli.reconstruct.ReconstructionAssumptions;
import org.suanli.reconstruct.ReferenceInputs;
import org.suanli.scorecard.Statements;

/**
 * The reconstruction's assumptions (data/RECONSTRUCTION.md) as uncertain inputs. Each combination of levels rebuilds
 * the indicator data with {@code Reconstruction.run(inputs, facts, framework, assumptions)} — the reconstruction code
 * itself, never a perturbation of its output — once per analysis.
 *
 * <p>The levels are ours and are stated here so a reader can judge them: each brackets the shipped value by what the
 * assumption's own justification allows.
 */
public final class ReconstructionInputs {
    /** A1: how far above a stated lower bound ("超过/突破 X") a value is put. */
    public static final String MARGIN = "a1-margin";
    /** A2: the exponent of GDP 2023 in the proxy that spreads national remainders. */
    public static final String PROXY = "a2-proxy";
    /** λ: the weight of the east provinces outside the stated compute ranks (NaN: solved for the stated 91% east share). */
    public static final String EAST = "east-weight";
    /** A7: 北京's server and AI-server compute as a multiple of 广东's. */
    public static final String LEAD = "beijing-lead";

    private ReconstructionInputs() {
    }

    /**
     * A1 margin 0, 2% (shipped) or 5%: "突破" says the value has crossed the round number, not by how much, and a
     * margin of zero is the bound itself. A2 exponent 0.8, 1 (shipped, plain GDP) or 1.25: a flatter or a more
     * concentrated spread than GDP's. λ solved (shipped; the east holds the stated 91%) or 1 (plain GDP weights, which
     * overshoots the 91%). 北京's lead 1.25, 1.5 (shipped reading of 「领先优势较大」) or 2.
     */
    public static List<UncertainInput> standard() {
        return List.of(
                new UncertainInput.AssumptionChoice(MARGIN, "A1 margin above a stated lower bound", List.of(0.0, 0.02, 0.05), 0.02),
                new UncertainInput.AssumptionChoice(PROXY, "A2 exponent of GDP 2023 in the remainder proxy", List.of(0.8, 1.0, 1.25), 1.0),
                new UncertainInput.AssumptionChoice(EAST, "east weight λ (NaN = solved for the stated 91% east share)",
                        List.of(Double.NaN, 1.0), Double.NaN),
                new UncertainInput.AssumptionChoice(LEAD, "A7 北京's compute as a multiple of 广东's", List.of(1.25, 1.5, 2.0), 1.5));
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
        return values -> Reconstruction.run(in, facts, framework, assumptions(values)).data();
    }

    /** The assumptions record for given values; names not given keep their shipped value. */
    public static ReconstructionAssumptions assumptions(Map<String, Double> values) {
        ReconstructionAssumptions a = ReconstructionAssumptions.standard();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            double v = e.getValue();
            a = switch (e.getKey()) {
                case MARGIN -> a.withBoundMargin(v);
                case PROXY -> a.withProxyExponent(v);
                case EAST -> Double.isNaN(v) ? a : a.withEastWeight(v);
                case LEAD -> a.withBeijingComputeLead(v);
                default -> throw new IllegalArgumentException("no reconstruction assumption '" + e.getKey()
                        + "'; they are " + List.of(MARGIN, PROXY, EAST, LEAD));
            };
        }
        return a;
    }
}

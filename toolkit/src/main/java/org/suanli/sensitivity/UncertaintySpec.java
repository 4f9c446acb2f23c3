package org.suanli.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;

/**
 * What varies in an uncertainty analysis of the index, and what is reported.
 *
 * @param inputs          the uncertain inputs, at most one per name (their order is the order of every table)
 * @param reconstruction  how to rebuild the data for the assumption inputs (null when there are none)
 * @param focus           provinces whose rank and score get bootstrap intervals and convergence curves
 * @param year            the year whose ranks are analysed
 * @param replicates      bootstrap replicates behind each interval
 * @param statementRuns   full-model runs (rows of A) on which every index and economy statement is evaluated
 */
public record UncertaintySpec(List<UncertainInput> inputs, ReconstructionVariants reconstruction, List<String> focus,
                              int year, int replicates, int statementRuns) {

    public UncertaintySpec {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("an uncertainty analysis needs at least one uncertain input");
        }
        Set<String> names = new LinkedHashSet<>();
        for (UncertainInput in : inputs) {
            if (!names.add(in.name())) {
                throw new IllegalArgumentException("two inputs are named '" + in.name() + "'; keep one (for weights: bootstrap or Dirichlet)");
            }
            if (in instanceof UncertainInput.AssumptionChoice && reconstruction == null) {
                throw new IllegalArgumentException("assumption '" + in.name() + "' needs a way to rebuild the data (ReconstructionVariants)");
            }
        }
        inputs = List.copyOf(inputs);
        focus = List.copyOf(focus);
        if (replicates < 0 || replicates == 1) {
            throw new IllegalArgumentException("bootstrap replicates must be 0 or at least 2, not " + replicates);
        }
        if (statementRuns < 0) {
            throw new IllegalArgumentException("statement runs must be ≥ 0, not " + statementRuns);
        }
    }

    /**
     * Weights by resampling the illustrative AHP panel, the four non-negative standardisation methods, arithmetic or
     * geometric means, each year on itself or base year 2022, and the reconstruction's assumptions of
     * {@link ReconstructionInputs#standard()}; 2023 ranks; focus on 陕西; 100 bootstrap replicates; statements on 256 runs.
     */
    public static UncertaintySpec standard() {
        List<UncertainInput> in = new ArrayList<>(List.of(UncertainInput.ExpertBootstrap.standard(),
                UncertainInput.StandardisationChoice.standard(), new UncertainInput.AggregationChoice(),
                UncertainInput.BaseYearChoice.standard()));
        in.addAll(ReconstructionInputs.standard());
        return new UncertaintySpec(in, ReconstructionInputs.variants(), List.of("陕西"), 2023, SobolAnalysis.DEFAULT_REPLICATES, 256);
    }

    /** The same with only the named inputs (in this spec's order); an unknown name is an error listing the names. */
    public UncertaintySpec only(List<String> names) {
        List<String> known = inputs.stream().map(UncertainInput::name).toList();
        for (String n : names) {
            if (!known.contains(n)) {
                throw new IllegalArgumentException("unknown input '" + n + "'; inputs are " + known);
            }
        }
        return withInputs(inputs.stream().filter(i -> names.contains(i.name())).toList());
    }

    /** The same without the named input. */
    public UncertaintySpec without(String name) {
        return withInputs(inputs.stream().filter(i -> !i.name().equals(name)).toList());
    }

    /** The same with {@code input} added, or replacing the input of the same name. */
    public UncertaintySpec with(UncertainInput input) {
        List<UncertainInput> in = new ArrayList<>();
        boolean replaced = false;
        for (UncertainInput i : inputs) {
            if (i.name().equals(input.name())) {
                in.add(input);
                replaced = true;
            } else {
                in.add(i);
            }
        }
        if (!replaced) {
            in.add(input);
        }
        return withInputs(in);
    }

    public UncertaintySpec withInputs(List<UncertainInput> in) {
        return new UncertaintySpec(in, reconstruction, focus, year, replicates, statementRuns);
    }

    public UncertaintySpec withFocus(List<String> provinces) {
        return new UncertaintySpec(inputs, reconstruction, provinces, year, replicates, statementRuns);
    }

    public UncertaintySpec withReplicates(int b) {
        return new UncertaintySpec(inputs, reconstruction, focus, year, b, statementRuns);
    }

    public UncertaintySpec withStatementRuns(int runs) {
        return new UncertaintySpec(inputs, reconstruction, focus, year, replicates, runs);
    }

    public UncertaintySpec withYear(int y) {
        return new UncertaintySpec(inputs, reconstruction, focus, y, replicates, statementRuns);
    }

    /** The inputs as a table: each one's name and what varies and how (its {@code describe()}), in order. */
    public Table table() {
        StringColumn name = StringColumn.create("input");
        StringColumn what = StringColumn.create("what varies");
        for (UncertainInput in : inputs) {
            name.append(in.name());
            what.append(in.describe());
        }
        return ShownProvenance.attach(Table.create("uncertain inputs (" + year + ")", name, what),
                Language.pick(inputs.size() + " 个不确定输入及其取值：本项目的选择（见 UncertaintySpec 与 docs/sensitivity.md），并非蓝皮书的",
                        inputs.size() + (inputs.size() == 1 ? " uncertain input and its levels" : " uncertain inputs and their levels")
                                + ": this project's choices (see UncertaintySpec and docs/sensitivity.md), not the book's"));
    }

    /** The same without the reconstruction's assumption inputs (those rebuild the shipped {@code data/indicators.csv}). */
    public UncertaintySpec withoutAssumptions() {
        return withInputs(inputs.stream().filter(i -> !(i instanceof UncertainInput.AssumptionChoice)).toList());
    }

    /** Input names in order. */
    public List<String> names() {
        return inputs.stream().map(UncertainInput::name).toList();
    }
}

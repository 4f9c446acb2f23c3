package org.suanli.index;

import java.util.List;

/** The data have gaps and the policy is to refuse; lists every missing (year, province, indicator). */
public class MissingValueException extends StandardisationException {
    private static final long serialVersionUID = 1L;

    private final List<String> cells;

    public MissingValueException(List<String> cells) {
        super(cells.size() + " missing value" + (cells.size() == 1 ? "" : "s") + " (year province indicator): "
                + String.join(", ", cells.subList(0, Math.min(20, cells.size())))
                + (cells.size() > 20 ? ", … (" + (cells.size() - 20) + " more)" : "")
                + ". Choose a policy: MissingPolicy.impute(MEAN|MEDIAN|MINIMUM|PREVIOUS_YEAR) or MissingPolicy.dropIndicator()"
                + " — a gap is never read as 0.");
        this.cells = List.copyOf(cells);
    }

    /** Each missing cell as "year province indicator". */
    public List<String> cells() {
        return cells;
    }
}

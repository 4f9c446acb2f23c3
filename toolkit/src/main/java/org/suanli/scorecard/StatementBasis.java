package org.suanli.scorecard;

/**
 * Why a statement's verdict is, or is not, evidence: whether the expected value went into the model, shaped the
 * data, fixed a fitted parameter, or met the model only at the end. A hold counts as a test only when the basis is
 * {@link #INDEPENDENT}; the others are listed so that no page can present them as one.
 */
public enum StatementBasis {
    /** The expected value is an input of the model (a stated figure copied into the data or a model). */
    INPUT("input", "the expected value is an input of the model"),
    /** The data were shaped by this statement (its id is cited in the source of a reconstructed value). */
    RECONSTRUCTION("reconstruction", "the data were shaped by this statement"),
    /** A fitted parameter used it (declared calibration set). */
    CALIBRATION("calibration", "a fitted parameter used it"),
    /** Nothing of the model was made to agree with it: a real test. */
    INDEPENDENT("independent", "a real test: nothing was fitted or shaped to it");

    private final String jsonName;
    private final String meaning;

    StatementBasis(String jsonName, String meaning) {
        this.jsonName = jsonName;
        this.meaning = meaning;
    }

    /** The word used in JSON and tables: input, reconstruction, calibration, independent. */
    public String jsonName() {
        return jsonName;
    }

    /** One line saying what the basis means. */
    public String meaning() {
        return meaning;
    }
}

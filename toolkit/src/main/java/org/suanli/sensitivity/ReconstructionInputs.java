package org.suanli.sensitivity;

import java.util.List;

/** The reconstruction's assumptions as uncertain inputs (see data/RECONSTRUCTION.md). */
public final class ReconstructionInputs {
    private ReconstructionInputs() {
    }

    /** The assumptions varied by default. */
    public static List<UncertainInput> standard() {
        return List.of();
    }

    /** Rebuilds the data through the reconstruction code. */
    public static ReconstructionVariants variants() {
        return null;
    }
}

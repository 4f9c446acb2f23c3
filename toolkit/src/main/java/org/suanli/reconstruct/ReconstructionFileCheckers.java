package org.suanli.reconstruct;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.suanli.data.validate.LoaderChecker;

/**
 * {@code suanli validate} checkers for the two reports written next to {@code indicators.csv}: they are derived,
 * not input, so the check is that each is exactly what the reconstruction of its folder gives.
 */
public final class ReconstructionFileCheckers {

    private ReconstructionFileCheckers() {
    }

    static void sameAsReconstruction(Path file) throws Exception {
        Path dir = file.toAbsolutePath().getParent();
        String expected = Reconstruction.run(dir).companionFiles().get(file.getFileName().toString());
        String[] want = expected.split("\n", -1);
        String[] have = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            String w = i < want.length ? want[i] : "(end of file)";
            String h = i < have.length ? have[i] : "(end of file)";
            if (!w.equals(h)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": differs from what the reconstruction gives ('"
                        + w + "'); the file is derived: run 'suanli reconstruct --force' to rewrite it");
            }
        }
    }

    /** {@code reconstruction_growth.csv}: implied growth 2022→2023 with the ±30% flag ({@link GrowthReport}). */
    public static final class GrowthChecker extends LoaderChecker {
        public GrowthChecker() {
            super(Reconstruction.GROWTH_FILE, "the reconstruction's implied growth and ±30% flags (org.suanli.data"
                    + ".reconstruct.GrowthReport), as the reconstruction gives it", ReconstructionFileCheckers::sameAsReconstruction);
        }
    }

    /** {@code reconstruction_statements.csv}: the statements that shaped the data ({@link ShapingStatements}). */
    public static final class StatementsChecker extends LoaderChecker {
        public StatementsChecker() {
            super(Reconstruction.STATEMENTS_FILE, "the statements that shaped the reconstruction (org.suanli.data"
                    + ".reconstruct.ShapingStatements), as the reconstruction gives it", ReconstructionFileCheckers::sameAsReconstruction);
        }
    }
}

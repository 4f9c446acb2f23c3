package org.suanli.data.reconstruct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;

/** The counts and figures data/RECONSTRUCTION.md prints are the live ones (no number in the docs is typed unchecked). */
class ReconstructionDocTest {

    @Test
    void theDocumentPrintsTheLiveCounts() throws Exception {
        String doc = Files.readString(ReconstructionTest.DATA.resolve("RECONSTRUCTION.md"), StandardCharsets.UTF_8);
        Reconstruction r = Reconstruction.run(ReconstructionTest.DATA);
        IndicatorData d = r.data();
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (Provenance p : Provenance.values()) {
            counts.put(p, 0);
        }
        for (Observation o : d.observations()) {
            counts.merge(o.provenance(), 1, Integer::sum);
        }
        counts.forEach((p, n) -> assertContains(doc, "| `" + p.csvName() + "` | " + n + " |"));
        assertContains(doc, "Every one of its " + d.observations().size() + " values");
        GrowthReport g = GrowthReport.of(r);
        assertContains(doc, "**" + g.flagged().size() + " of the " + g.rows().size() + " rows are flagged**");
        assertContains(doc, "It lists **" + ShapingStatements.of(r).rows().size() + " statements**");
        assertContains(doc, "北京 has **" + fmt(ReconstructionAssumptions.BEIJING_LEAD_READING) + "×** 广东's");
        Matcher lambda = Pattern.compile("weighted ×([0-9.]+)").matcher(r.cell(Reconstruction.SERVER, 2023, "河北").source());
        assertTrue(lambda.find());
        assertContains(doc, "**λ = " + lambda.group(1) + "**");
        ReferenceInputs in = ReferenceInputs.load(ReconstructionTest.DATA);
        assertContains(doc, "NBS's **" + fmt(in.nationalOf(Reconstruction.IC).value() / 10_000) + "亿块**");
        assertContains(doc, "MIIT's national **" + fmt(in.nationalOf(Reconstruction.SOFTWARE).value()) + "亿元**");
        assertContains(doc, String.format(Locale.ROOT, "= %.1f亿块, above the stated 1000亿块",
                r.cell(Reconstruction.IC, 2023, "江苏").value() / 10_000));
    }

    static String fmt(double v) {
        return IndicatorData.formatNumber(v);
    }

    static void assertContains(String doc, String text) {
        assertTrue(doc.contains(text), "data/RECONSTRUCTION.md should say: " + text);
    }
}

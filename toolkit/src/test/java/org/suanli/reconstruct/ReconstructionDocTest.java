package org.suanli.reconstruct;

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

    @Test
    void sourcesMdPrintsTheLiveCounts() throws Exception {
        String doc = Files.readString(ReconstructionTest.DATA.resolve("SOURCES.md"), StandardCharsets.UTF_8);
        IndicatorData d = Reconstruction.run(ReconstructionTest.DATA).data();
        long reconstructed = d.observations().stream().filter(o -> o.provenance() == Provenance.RECONSTRUCTED).count();
        assertTrue(doc.contains("the other " + reconstructed + " of its " + d.observations().size() + " values"), doc);
        IndicatorData economy = IndicatorData.load(ReconstructionTest.DATA.resolve("economy.csv"));
        long secondary2023 = economy.observations().stream().filter(o -> o.year() == 2023
                && o.indicator().equals("gdp_pre_revision_100m_yuan") && o.provenance() == Provenance.SECONDARY).count();
        long official2023 = economy.observations().stream().filter(o -> o.year() == 2023
                && o.indicator().equals("gdp_pre_revision_100m_yuan") && o.provenance() == Provenance.OFFICIAL).count();
        assertTrue(doc.contains(official2023 + " of 31 cells") && doc.contains("the other " + secondary2023
                + " rest on the single copy"), "SOURCES.md's GDP counts");
        ReferenceInputs in = ReferenceInputs.load(ReconstructionTest.DATA);
        assertContains(doc, "| " + fmt(in.nationalOf(Reconstruction.IC).value() / 10_000) + "亿块 | +"
                + fmt(in.nationalOf(Reconstruction.IC).growthPct()) + "% |");
        assertContains(doc, "| " + fmt(in.nationalOf(Reconstruction.SOFTWARE).value()) + "亿元 | +"
                + fmt(in.nationalOf(Reconstruction.SOFTWARE).growthPct()) + "% |");
    }

    static String fmt(double v) {
        return IndicatorData.formatNumber(v);
    }

    static void assertContains(String doc, String text) {
        assertTrue(doc.contains(text), "the document should say: " + text);
    }
}

package org.suanli.reconstruct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.suanli.data.CsvFile;

/**
 * The official inputs of the reconstruction (verbatim copies of files in the project's reference folder; their
 * sources are in {@code data/SOURCES.md} and {@code data/RECONSTRUCTION.md}):
 * <ul>
 *   <li>{@code official/gdp_nbs_revised_2022_2024.csv}: NBS GDP by province, post-census revised vintage, 亿元 — the
 *       proxy for spreading national remainders and for carrying 2023 back to 2022;</li>
 *   <li>{@code inputs/software_revenue_2023_partial_year_miit.csv}: MIIT Q1 2023 software revenue of five provinces and
 *       its year-over-year growth — the relative sizes of the software leaders and their 2022 values;</li>
 *   <li>{@code inputs/national_totals_secondary.csv}: national totals of indicators found in public copies of official
 *       releases (provenance {@code secondary}) — the provinces must add up to them.</li>
 * </ul>
 *
 * @param gdp2022    province → GDP 2022 (亿元)
 * @param gdp2023    province → GDP 2023 (亿元)
 * @param softwareQ1 province → software revenue Q1 2023 (亿元), only the provinces MIIT named
 * @param softwareQ1GrowthPct province → growth of that revenue on Q1 2022 (%), same provinces
 * @param national   indicator → its national figure for 2023 (secondary)
 */
public record ReferenceInputs(Map<String, Double> gdp2022, Map<String, Double> gdp2023,
                              Map<String, Double> softwareQ1, Map<String, Double> softwareQ1GrowthPct,
                              Map<String, NationalFigure> national) {

    public static final String GDP_FILE = "gdp_nbs_revised_2022_2024.csv";
    public static final String SOFTWARE_FILE = "software_revenue_2023_partial_year_miit.csv";
    public static final String NATIONAL_FILE = "national_totals_secondary.csv";

    /**
     * A national total of one indicator for {@link Reconstruction#YEAR}, read in a public copy of an official release
     * ({@code data/inputs/national_totals_secondary.csv}): the reconstruction's provinces must add up to it.
     *
     * @param value     in the indicator's unit
     * @param growthPct the same release's growth on the year before, in percent
     * @param source    original publisher and the URLs of the copies
     */
    public record NationalFigure(double value, double growthPct, String source) {
        public NationalFigure {
            if (!(value > 0) || !Double.isFinite(growthPct) || source == null || source.isBlank()) {
                throw new IllegalArgumentException("a national figure needs a positive value, a growth rate and a source");
            }
        }

        /** The value of the year before, by the release's own growth rate. */
        public double previous() {
            return value / (1 + growthPct / 100);
        }
    }

    /** Citation used in the source column for the GDP proxy. */
    public static final String GDP_SOURCE = "NBS GDP by province, revised vintage (data/official/" + GDP_FILE + ")";
    /** Citation used in the source column for the Q1 software revenue. */
    public static final String SOFTWARE_SOURCE = "MIIT 2023 Q1 software revenue (data/inputs/" + SOFTWARE_FILE + ")";

    public ReferenceInputs {
        gdp2022 = Map.copyOf(gdp2022);
        gdp2023 = Map.copyOf(gdp2023);
        softwareQ1 = Map.copyOf(softwareQ1);
        softwareQ1GrowthPct = Map.copyOf(softwareQ1GrowthPct);
        national = Map.copyOf(national);
    }

    /** The national figure of an indicator; an error naming the file when it is missing. */
    public NationalFigure nationalOf(String indicator) {
        NationalFigure f = national.get(indicator);
        if (f == null) {
            throw new IllegalArgumentException("data/inputs/" + NATIONAL_FILE + " has no " + Reconstruction.YEAR
                    + " row for " + indicator);
        }
        return f;
    }

    /** Reads the inputs from {@code dataDir/official} (GDP) and {@code dataDir/inputs} (software, Q1). */
    public static ReferenceInputs load(Path dataDir) throws IOException {
        Map<String, Map<String, Double>> gdp = columns(dataDir.resolve("official").resolve(GDP_FILE),
                "gdp_2022_100m_yuan", "gdp_2023_100m_yuan");
        Map<String, Map<String, Double>> sw = columns(dataDir.resolve("inputs").resolve(SOFTWARE_FILE),
                "software_revenue_2023q1_100m_yuan", "software_revenue_2023q1_yoy_pct");
        return new ReferenceInputs(gdp.get("gdp_2022_100m_yuan"), gdp.get("gdp_2023_100m_yuan"),
                sw.get("software_revenue_2023q1_100m_yuan"), sw.get("software_revenue_2023q1_yoy_pct"),
                nationalFigures(dataDir.resolve("inputs").resolve(NATIONAL_FILE)));
    }

    /** Reads {@code national_totals_secondary.csv}: one row per indicator and year, provenance secondary. */
    static Map<String, NationalFigure> nationalFigures(Path file) throws IOException {
        Map<String, NationalFigure> out = new LinkedHashMap<>();
        CsvFile csv = CsvFile.read(file).requireColumns(List.of("indicator", "year", "value", "growth_pct", "provenance", "source"));
        for (CsvFile.Row rec : csv.consistentRows()) {
            if (rec.integer("year") != Reconstruction.YEAR) {
                continue;
            }
            if (!rec.get("provenance").equals("secondary")) {
                throw rec.error("provenance", "must be 'secondary' (a public copy of an official figure), found '"
                        + rec.get("provenance") + "'");
            }
            out.put(rec.get("indicator"), new NationalFigure(rec.number("value"), rec.number("growth_pct"), rec.get("source")));
        }
        return out;
    }

    /** Nominal GDP growth factor 2022→2023 of a province (same vintage for both years). */
    public double gdpGrowth(String province) {
        return gdp2023.get(province) / gdp2022.get(province);
    }

    /** Reads named numeric columns keyed by {@code province_zh}; empty cells are skipped (no value found). */
    static Map<String, Map<String, Double>> columns(Path file, String... names) throws IOException {
        List<String> required = new ArrayList<>(List.of("province_zh"));
        required.addAll(Arrays.asList(names));
        CsvFile csv = CsvFile.read(file).requireColumns(required);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, new LinkedHashMap<>());
        }
        for (CsvFile.Row row : csv.rows()) {
            for (String n : names) {
                if (!row.get(n).isEmpty()) {
                    out.get(n).put(row.get("province_zh"), row.number(n));
                }
            }
        }
        return out;
    }
}

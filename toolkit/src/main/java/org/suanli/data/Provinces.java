package org.suanli.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The 31 provinces and every spelling of them that users write.
 *
 * <p>Users type 广东, 广东省, Guangdong or guangdong, and the 2022 and 2024 sources disagree on Tibet versus
 * Xizang. Every loader resolves names here, so a province is one thing however it was written. The list is
 * {@code data/provinces.csv} (NBS names and regions), bundled into the jar.
 */
public final class Provinces {

    private static final List<Province> ALL = load();
    private static final Map<String, Province> BY_KEY = index(ALL);

    private Provinces() {
    }

    /** The 31 provinces in NBS order. */
    public static List<Province> all() {
        return ALL;
    }

    /** The provinces of one NBS region, in NBS order. */
    public static List<Province> inRegion(Region region) {
        return ALL.stream().filter(p -> p.region() == region).toList();
    }

    /** Finds a province by any of its names, ignoring case, spaces and a trailing 省/市/自治区. */
    public static Optional<Province> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(normalise(name)));
    }

    /**
     * Resolves a name or throws an {@link UnknownProvinceException} that suggests the nearest spelling.
     */
    public static Province resolve(String name) {
        return find(name).orElseThrow(() -> new UnknownProvinceException(name, nearest(name)));
    }

    /** The province whose names are closest (by edit distance) to the given text, for "did you mean". */
    public static Province nearest(String name) {
        String key = normalise(name == null ? "" : name);
        Province best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Province> e : BY_KEY.entrySet()) {
            int d = LevenshteinDistance.getDefaultInstance().apply(key, e.getKey());
            if (d < bestDistance || d == bestDistance && best != null && e.getValue().order() < best.order()) {
                best = e.getValue();
                bestDistance = d;
            }
        }
        return best;
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s_\\-'’.]", "");
        for (String suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"}) {
            if (s.length() > suffix.length() + 1 && s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        for (String suffix : new String[] {"province", "municipality", "autonomousregion"}) {
            if (s.length() > suffix.length() + 2 && s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        return s;
    }

    private static List<Province> load() {
        String resource = "/org/suanli/data/default/provinces.csv";
        try (InputStream in = Provinces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The province list " + resource + " is missing from the jar; rebuild it");
            }
            CsvFile csv = CsvFile.parse(CsvFile.decode(in.readAllBytes(), resource), resource);
            List<Province> list = new ArrayList<>();
            for (CsvFile.Row r : csv.requireColumns(List.of("province_zh", "province_zh_full", "province_en", "nbs_region", "aliases")).rows()) {
                List<String> aliases = r.get("aliases").isBlank() ? List.of()
                        : Arrays.stream(r.get("aliases").split(";")).map(String::strip).toList();
                list.add(new Province(r.get("province_zh"), r.get("province_zh_full"), r.get("province_en"),
                        Region.parse(r.get("nbs_region")), aliases, list.size()));
            }
            if (list.size() != 31) {
                throw new IllegalStateException(resource + " lists " + list.size() + " provinces, expected 31");
            }
            return Collections.unmodifiableList(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Map<String, Province> index(List<Province> all) {
        Map<String, Province> map = new HashMap<>();
        for (Province p : all) {
            List<String> names = new ArrayList<>(List.of(p.shortZh(), p.fullZh(), p.nameEn()));
            names.addAll(p.aliases());
            for (String n : names) {
                Province previous = map.put(normalise(n), p);
                if (previous != null && previous != p) {
                    throw new IllegalStateException("The name '" + n + "' belongs to both " + previous + " and " + p);
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The 31 provinces as a table in NBS order: short and full Chinese name, English name and NBS region (in the
     * current language).
     */
    public static Table table() {
        boolean zh = Language.chinese();
        StringColumn shortName = StringColumn.create("province");
        StringColumn fullName = StringColumn.create(zh ? "全称" : "full name");
        StringColumn english = StringColumn.create("english");
        StringColumn region = StringColumn.create(zh ? "地区" : "region");
        for (Province p : all()) {
            shortName.append(p.shortZh());
            fullName.append(p.fullZh());
            english.append(p.nameEn());
            region.append(zh ? p.region().nameZh() : p.region().nameEn());
        }
        return ShownProvenance.attach(Table.create(zh ? "省份" : "provinces", shortName, fullName, english, region),
                Language.pick("数值：" + all().size() + " 个省级行政区的名称与国家统计局地区划分，录自 data/provinces.csv",
                        "values: the names of the " + all().size() + " provinces and their NBS regions, as listed in data/provinces.csv"));
    }
}

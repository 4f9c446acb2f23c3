package org.suanli.data;

/**
 * The four NBS regions (东中西部和东北地区划分方法). The blue book's regional statements, such as the east
 * holding 91% of device compute, refer to exactly this split, so it is data about a province, not a label.
 */
public enum Region {
    EAST("东部", "east"),
    CENTRAL("中部", "central"),
    WEST("西部", "west"),
    NORTHEAST("东北", "northeast");

    private final String nameZh;
    private final String nameEn;

    Region(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Reads the English or Chinese region name as the provinces file writes it. */
    public static Region parse(String text) {
        String t = text.strip();
        for (Region r : values()) {
            if (r.nameEn.equalsIgnoreCase(t) || r.nameZh.equals(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown NBS region '" + text + "'; expected east, central, west or northeast");
    }
}

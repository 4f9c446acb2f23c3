package org.suanli.economy;

/**
 * Which GDP vintage to use. NBS revised all provincial GDP back to 1992 after the fifth economic census (published
 * late 2024); the blue book (January 2025) evidently used the earlier figures, since its 0.97‰ only fits the
 * pre-revision national GDP. Users choose; notebooks show both.
 */
public enum GdpVintage {
    /** After the fifth economic census: the series NBS publishes now (2022–2024 in data/economy.csv). */
    REVISED("gdp_revised_100m_yuan", "修订后", "revised"),
    /** Before the revision: what was published when the blue book was written (2022 and 2023). */
    PRE_REVISION("gdp_pre_revision_100m_yuan", "修订前", "pre-revision");

    private final String key;
    private final String labelZh;
    private final String labelEn;

    GdpVintage(String key, String labelZh, String labelEn) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** The variable key in data/economy.csv. */
    public String key() {
        return key;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}

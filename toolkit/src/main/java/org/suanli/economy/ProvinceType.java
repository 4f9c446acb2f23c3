package org.suanli.economy;

/** The blue book's three development types (三(四)). */
public enum ProvinceType {
    /** 供给驱动型: large local compute and computing industry, good environment, serving other provinces. */
    SUPPLY_DRIVEN("供给驱动型", "supply-driven"),
    /** 需求拉动型: strong local demand, high consumer and industry application levels. */
    DEMAND_PULL("需求拉动型", "demand-pull"),
    /** 协同发展型: digital economy and compute developing together. */
    COORDINATED("协同发展型", "coordinated");

    private final String nameZh;
    private final String nameEn;

    ProvinceType(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}

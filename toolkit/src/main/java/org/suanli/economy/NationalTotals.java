package org.suanli.economy;

/**
 * National totals the ‰ figures can be taken against, each with its source. None is typed in from memory: the
 * communiqué figure is the one the project's reference notes record, the digital-economy figure is arithmetic on
 * the book's own words.
 */
public final class NationalTotals {
    private NationalTotals() {
    }

    /**
     * 2023 national GDP, 1,260,582亿元, from the NBS 2023 statistical communiqué (pre-revision). It is read in a
     * public reprint of the communiqué, not in NBS's own release, so it is {@code SECONDARY}; the reference notes
     * record the same figure from other public copies. A national figure is not the sum of the provinces
     * (1,250,931.8 pre-revision; 1,283,801.5 revised).
     */
    public static NationalTotal gdp2023Communique() {
        return new NationalTotal(1_260_582, "original publisher: NBS, 2023 statistical communiqué (2024-02-29), initial"
                + " accounting, pre-revision; public copy: http://www.fzxysj.com/xwzx/hg/202402/t20240229_6392326.html",
                NationalTotal.Kind.SECONDARY);
    }

    /**
     * The 2023 national digital-economy size the book's two numbers imply: 574亿 per point is "约占全国数字经济规模的
     * 1.06‰", so the total is 574 ÷ 0.00106 ≈ 541,509亿元 (derived from 三(四); rounding in "约" makes it ±0.5%).
     */
    public static NationalTotal digitalEconomy2023Implied() {
        return new NationalTotal(574 / 1.06e-3, "derived from the blue book 三(四): 574亿 ÷ 1.06‰ (「数字经济增长约574亿元"
                + "（约占全国数字经济规模的1.06‰）」)", NationalTotal.Kind.STATED);
    }
}

package org.suanli.sensitivity;

/**
 * One province's rank under the input uncertainty.
 *
 * @param province  province
 * @param nominal   rank with the model's own choices
 * @param median    median rank over all runs
 * @param low       5th percentile of the rank (the better end of the band)
 * @param high      95th percentile of the rank
 * @param tier1     probability of ranks 1–6 (the book's 第一梯队, "排名前六")
 * @param tier2     probability of ranks 7–15 (the book's next group, "第七至第十五名")
 * @param tier3     probability of rank 16 or below
 * @param meanScore mean composite score over all runs (scales differ between standardisation methods)
 * @param sdScore   its standard deviation
 */
public record RankInterval(String province, int nominal, int median, int low, int high, double tier1, double tier2,
                           double tier3, double meanScore, double sdScore) {
}

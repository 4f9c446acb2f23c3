package org.suanli.data;

import java.util.List;

/**
 * One of the 31 mainland provincial-level divisions the blue book ranks (Hong Kong, Macao and Taiwan are
 * outside its scope). The short Chinese name is the key used in every data file.
 *
 * @param shortZh the short name used as key, e.g. 广东
 * @param fullZh  the full name as NBS exports print it, e.g. 广东省
 * @param nameEn  the English name (pinyin; Xizang for 西藏, as NBS writes it now)
 * @param region  the NBS region
 * @param aliases further spellings users write (Tibet, Nei Mongol …)
 * @param order   position in the NBS order (0 = 北京), the order every table uses
 */
public record Province(String shortZh, String fullZh, String nameEn, Region region, List<String> aliases, int order) {

    public Province {
        aliases = List.copyOf(aliases);
    }

    /** The label a chart or table shows: Chinese where it can be drawn, English otherwise. */
    public String label(boolean chinese) {
        return chinese ? shortZh : nameEn;
    }

    @Override
    public String toString() {
        return shortZh;
    }
}

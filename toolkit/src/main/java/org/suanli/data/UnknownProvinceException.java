package org.suanli.data;

import java.util.Optional;

/** A name that resolves to no province; carries the nearest known spelling so the message can suggest it. */
public final class UnknownProvinceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final transient Province suggestion;

    public UnknownProvinceException(String name, Province suggestion) {
        super("Unknown province '" + name + "'"
                + (suggestion == null ? "" : "; did you mean " + suggestion.shortZh() + " (" + suggestion.nameEn() + ")?")
                + " Use the short or full Chinese name or the English name of one of the 31 mainland provinces.");
        this.name = name;
        this.suggestion = suggestion;
    }

    public String name() {
        return name;
    }

    public Optional<Province> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}

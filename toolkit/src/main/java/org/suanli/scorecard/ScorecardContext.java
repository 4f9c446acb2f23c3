package org.suanli.scorecard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the evaluators may look at: the indicator data and whatever later stages computed (an index
 * result, a capacity estimate, regressions), each stored under its own type. The scorecard package never
 * names those types, so it compiles and runs before the stages exist; an evaluator asks for the type it
 * knows and reports "not evaluated" when it is absent.
 *
 * <p>Immutable: {@link #with} returns a new context, so a notebook can branch (own data vs shipped data).
 */
public final class ScorecardContext {

    private static final ScorecardContext EMPTY = new ScorecardContext(Map.of());

    private final Map<Class<?>, Object> attachments;

    private ScorecardContext(Map<Class<?>, Object> attachments) {
        this.attachments = attachments;
    }

    /** A context with nothing attached: every data-dependent statement comes out "not evaluated". */
    public static ScorecardContext empty() {
        return EMPTY;
    }

    /** A context with one attachment, e.g. {@code ScorecardContext.of(IndicatorData.class, data)}. */
    public static <T> ScorecardContext of(Class<T> type, T value) {
        return EMPTY.with(type, value);
    }

    /** A copy with {@code value} attached under {@code type} (replacing an earlier one of that type). */
    public <T> ScorecardContext with(Class<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, () -> "the " + type.getSimpleName() + " to attach");
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(value.getClass().getName() + " is not a " + type.getName());
        }
        Map<Class<?>, Object> copy = new LinkedHashMap<>(attachments);
        copy.put(type, value);
        return new ScorecardContext(Collections.unmodifiableMap(copy));
    }

    /** The attachment of that type, if a stage has added one. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(attachments.get(type)).map(type::cast);
    }

    /** Whether an attachment of that type is present. */
    public boolean has(Class<?> type) {
        return attachments.containsKey(type);
    }

    @Override
    public String toString() {
        return "ScorecardContext" + attachments.keySet().stream().map(Class::getSimpleName).toList();
    }
}

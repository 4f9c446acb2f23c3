package org.suanli.scorecard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The basis of each statement, gathered from the declarations of every stage and attached to a
 * {@link ScorecardContext}: the data files (a value's source cites the statements it was made from, e.g.
 * {@code [industry.device_top5]}; read by {@code org.suanli.data.StatementCitations}), the calibration file, and the
 * capacity module's stated inputs. The scorecard imports no stage, so each stage builds its own declaration. A statement no stage
 * declares is {@link StatementBasis#INDEPENDENT}. When two declarations disagree the less independent one wins
 * (input, then reconstruction, then calibration), so a page never overstates a hold.
 */
public final class StatementBases {
    private final Map<String, StatementBasis> basis;
    private final Map<String, String> reason;

    private StatementBases(Map<String, StatementBasis> basis, Map<String, String> reason) {
        this.basis = Map.copyOf(basis);
        this.reason = Map.copyOf(reason);
    }

    /** No declarations: every statement is independent. */
    public static StatementBases none() {
        return new StatementBases(Map.of(), Map.of());
    }

    /** The given ids with one basis and reason, e.g. the calibration set of {@code data/calibration.json}. */
    public static StatementBases declare(Collection<String> ids, StatementBasis kind, String why) {
        Map<String, StatementBasis> b = new LinkedHashMap<>();
        Map<String, String> r = new LinkedHashMap<>();
        for (String id : ids) {
            put(b, r, id, kind, why);
        }
        return new StatementBases(b, r);
    }

    /** Both declarations; where they disagree the less independent basis wins. */
    public StatementBases plus(StatementBases other) {
        Map<String, StatementBasis> b = new LinkedHashMap<>(basis);
        Map<String, String> r = new LinkedHashMap<>(reason);
        other.basis.forEach((id, k) -> put(b, r, id, k, other.reason.get(id)));
        return new StatementBases(b, r);
    }

    /** The basis of a statement; {@link StatementBasis#INDEPENDENT} when no stage declared it. */
    public StatementBasis basisOf(String id) {
        return basis.getOrDefault(id, StatementBasis.INDEPENDENT);
    }

    /** Why, in words ("cited by the reconstruction of …"); empty for an undeclared statement. */
    public String reasonOf(String id) {
        return reason.getOrDefault(id, "");
    }

    /** The declared ids and their bases (undeclared ids are independent). */
    public Map<String, StatementBasis> declared() {
        return basis;
    }

    private static void put(Map<String, StatementBasis> b, Map<String, String> r, String id, StatementBasis kind, String why) {
        StatementBasis old = b.get(id);
        if (old == null || kind.ordinal() < old.ordinal()) {
            b.put(id, kind);
            r.put(id, why == null ? "" : why);
        }
    }

    @Override
    public String toString() {
        return "StatementBases" + basis;
    }
}

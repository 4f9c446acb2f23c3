package org.suanli.scorecard;

import java.util.Map;

/**
 * Why a statement no evaluator handles is not evaluated yet, by the area of its id. These name the stage
 * that will check it, so a reader of an early scorecard knows what is missing rather than seeing a blank.
 */
final class DefaultReasons {

    private DefaultReasons() {
    }

    /** Statements whose area default would mislead. */
    private static final Map<String, String> SPECIFIC = Map.of(
            "scale.operators_ai_servers", "a national purchase figure of the three operators; no provincial indicator holds it",
            "env.open_data_layers", "the Forest index's layer scores (准备度, 数据层, 利用层, 服务层) are not indicators of the framework",
            "national.14", "an annual national count; the patent indicators hold five-year provincial totals",
            "overall.yoy_mean_growth", "needs the index engine (composite index for 2022 and 2023)");

    static String reason(Statement s) {
        String specific = SPECIFIC.get(s.id());
        if (specific != null) {
            return specific;
        }
        String area = s.area();
        if (s.kind() == StatementKind.QUALITATIVE && !area.equals("econ")) {
            return "qualitative statement: no number to check; read it against the charts";
        }
        return switch (area) {
            case "overall" -> "needs the index engine (composite index)";
            case "scale", "industry", "tech", "env", "app" -> "needs the index engine (sub-index scores or ranks)";
            case "econ" -> "needs the economy regressions";
            case "typology" -> "needs the economy typology";
            case "national" -> "a national figure: needs the capacity module or a national total not in the data";
            case "framework" -> "needs the indicator framework";
            default -> "no evaluator handles statements of kind '" + s.kind().jsonName() + "'";
        };
    }
}

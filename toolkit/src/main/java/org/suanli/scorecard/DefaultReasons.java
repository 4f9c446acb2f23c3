package org.suanli.scorecard;

/**
 * Why a statement no evaluator handles is not evaluated yet, by the area of its id. These name the stage
 * that will check it, so a reader of an early scorecard knows what is missing rather than seeing a blank.
 */
final class DefaultReasons {

    private DefaultReasons() {
    }

    static String reason(Statement s) {
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

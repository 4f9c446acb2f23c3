package org.suanli.data;

import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.StatementEvaluator;
import org.suanli.scorecard.Verdict;

/** Checks the statements about the framework itself (表1 counts, the 31-province scope) against the shipped framework. */
public final class FrameworkStatementEvaluator implements StatementEvaluator {

    @Override
    public String name() {
        return "framework";
    }

    @Override
    public boolean handles(Statement s) {
        return s.id().equals("framework.counts") || s.id().equals("framework.scope");
    }

    @Override
    public Verdict evaluate(Statement s, ScorecardContext context) {
        Framework f = context.get(Framework.class).orElseGet(Framework::standard);
        if (s.id().equals("framework.counts")) {
            int l1 = f.level(1).size();
            int l2 = f.level(2).size();
            int l3 = f.level(3).size();
            boolean ok = l1 == s.number("level1").orElseThrow() && l2 == s.number("level2").orElseThrow()
                    && l3 == s.number("level3").orElseThrow();
            return Verdict.of(ok, "5 / 13 / 14 indicators at levels 1 / 2 / 3", l1 + " / " + l2 + " / " + l3,
                    "framework: " + f.origin());
        }
        int n = Provinces.all().size();
        boolean none = Provinces.find("香港").isEmpty() && Provinces.find("澳门").isEmpty() && Provinces.find("台湾").isEmpty();
        return Verdict.of(n == 31 && none, "31 mainland provinces; 香港, 澳门, 台湾 excluded",
                n + " provinces" + (none ? "; none of 香港, 澳门, 台湾" : "; includes HK/Macao/Taiwan"), "");
    }
}

package org.fundclear.audit.finding;

/** 明确违规 (a hard violation a re-run of the rule reproduces) or 疑似违规 (statistical, needs review). */
public enum Certainty {
    DEFINITE, SUSPECTED
}

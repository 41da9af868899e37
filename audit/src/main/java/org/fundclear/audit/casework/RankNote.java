package org.fundclear.audit.casework;

/** Why a case ranks where it does when its priority was learned from verdicts: the rules' own priority and the basis. */
public record RankNote(double basePriority, String basis) {
}

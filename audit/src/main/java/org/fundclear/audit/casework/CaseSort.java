package org.fundclear.audit.casework;

/** The queue's orders: the default (priority) is the spec's `rank`. */
public enum CaseSort {
    PRIORITY, AMOUNT, WAITING
}

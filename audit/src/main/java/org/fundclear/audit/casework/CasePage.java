package org.fundclear.audit.casework;

import java.util.List;

/** One page of the queue and how many cases the filter holds in all. */
public record CasePage(List<CaseRow> rows, long total, int page, int size) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}

package org.fundclear.jobs.web.queue;

import java.math.BigDecimal;
import org.fundclear.audit.casework.CaseQuery;
import org.fundclear.audit.casework.CaseSort;
import org.fundclear.audit.casework.CaseStatus;
import org.fundclear.audit.finding.Certainty;
import org.fundclear.audit.finding.SubjectType;
import org.springframework.web.util.UriComponentsBuilder;

/** The queue page's filter form, bound from the query string; blank fields do not filter. */
public record QueueFilter(String month, String region, String rule, Certainty certainty, CaseStatus status,
                          SubjectType subjectType, String assignee, Boolean overdue, BigDecimal min, BigDecimal max,
                          CaseSort sort, Integer page) {
    public static final int PAGE_SIZE = 50;

    public QueueFilter {
        month = blankToNull(month);
        region = blankToNull(region);
        rule = blankToNull(rule);
        assignee = blankToNull(assignee);
        sort = sort == null ? CaseSort.PRIORITY : sort;
        page = page == null || page < 0 ? 0 : page;
    }

    public CaseQuery query(int page, int size) {
        return new CaseQuery(month, region, rule, certainty, status, subjectType, assignee, overdue, min, max, sort, page,
                size);
    }

    public QueueFilter atPage(int to) {
        return new QueueFilter(month, region, rule, certainty, status, subjectType, assignee, overdue, min, max, sort, to);
    }

    /** The filter as a query string (without the page), e.g. to save it as the user's default. */
    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "month", month);
        add(b, "region", region);
        add(b, "rule", rule);
        add(b, "certainty", certainty);
        add(b, "status", status);
        add(b, "subjectType", subjectType);
        add(b, "assignee", assignee);
        add(b, "overdue", overdue);
        add(b, "min", min == null ? null : min.toPlainString());
        add(b, "max", max == null ? null : max.toPlainString());
        add(b, "sort", sort);
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    public String link(int to) {
        return "/?" + queryString() + "&page=" + to;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

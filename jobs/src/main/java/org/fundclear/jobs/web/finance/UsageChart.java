package org.fundclear.jobs.web.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.fundclear.reports.advance.AdvanceFundLedgerView.Position;

/** The geometry of a server-rendered SVG bar chart of advance-fund usage per month (no script on the page). */
public record UsageChart(int width, int height, int warningY, List<Bar> bars) {
    static final int HEIGHT = 160;
    static final int TOP = 10;
    static final int BAR = 36;
    static final int GAP = 14;

    public record Bar(String month, String rate, int x, int y, int height, boolean warning) {
    }

    /** Bars scaled to 0–100 % (usage above 100 % is drawn full), with a line at the warning rate. */
    static UsageChart of(List<Position> positions, BigDecimal warningRate) {
        List<Bar> bars = new ArrayList<>();
        int x = GAP;
        for (Position p : positions) {
            int h = scale(p.usage().min(BigDecimal.ONE).max(BigDecimal.ZERO));
            bars.add(new Bar(p.month(), p.usage().movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%", x,
                    TOP + HEIGHT - h, h, p.warning()));
            x += BAR + GAP;
        }
        return new UsageChart(Math.max(x, 200), TOP + HEIGHT + 30, TOP + HEIGHT - scale(warningRate), bars);
    }

    private static int scale(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(HEIGHT)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}

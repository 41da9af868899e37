package org.fundclear.clearing.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multilateral netting at province level, as a report: each province pays or receives only its net
 * position through the national platform, against gross settlement where every insured → treatment
 * region pair transfers. Pairs inside one province (省内异地) are netted inside that province.
 *
 * @param positions        net position per province (positive: it receives)
 * @param grossTransfers   number of non-zero region-pair instructions
 * @param grossAmount      money moved by those instructions (sum of absolute amounts)
 * @param netTransfers     number of provinces with a non-zero net position (one transfer each)
 * @param netAmount        money moved when netting (sum of the positive positions)
 */
public record ProvinceNetting(Map<String, BigDecimal> positions, int grossTransfers, BigDecimal grossAmount,
                              int netTransfers, BigDecimal netAmount) {

    /** A region pair's amount: what the insured region owes the treatment region. */
    public record PairAmount(String insuAdmdvs, String mdtrtareaAdmdvs, BigDecimal amount) {
    }

    public static ProvinceNetting of(List<PairAmount> pairs) {
        Map<String, BigDecimal> positions = new TreeMap<>();
        int grossTransfers = 0;
        BigDecimal grossAmount = BigDecimal.ZERO;
        for (PairAmount p : pairs) {
            if (p.amount().signum() == 0) {
                continue;
            }
            grossTransfers++;
            grossAmount = grossAmount.add(p.amount().abs());
            String payer = province(p.insuAdmdvs());
            String payee = province(p.mdtrtareaAdmdvs());
            if (!payer.equals(payee)) {
                positions.merge(payer, p.amount().negate(), BigDecimal::add);
                positions.merge(payee, p.amount(), BigDecimal::add);
            }
        }
        positions.values().removeIf(v -> v.signum() == 0);
        BigDecimal netAmount = positions.values().stream().filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProvinceNetting(positions, grossTransfers, grossAmount, positions.size(), netAmount);
    }

    /** The province of a region code: its first two digits (spec: common rules). */
    static String province(String admdvs) {
        return admdvs.substring(0, 2) + "0000";
    }

    public int transfersSaved() {
        return grossTransfers - netTransfers;
    }

    public BigDecimal amountSaved() {
        return grossAmount.subtract(netAmount);
    }
}

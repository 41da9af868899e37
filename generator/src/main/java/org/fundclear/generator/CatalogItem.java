package org.fundclear.generator;

import java.math.BigDecimal;

/**
 * A national catalogue item (医保目录) with the restrictions of the audit knowledge base.
 *
 * @param listType  101 drug, 102 herbal pieces, 201 medical service, 301 material
 * @param priceCap4 maximum unit price in 1/10000 yuan, or null
 * @param basePric4 typical unit price in 1/10000 yuan (generation only, not part of catalog.csv)
 * @param maxCnt    largest quantity one line plausibly bills; 1 means always exactly one
 */
record CatalogItem(String code, String name, String listType, Integer gendLimit, Integer minAge, Integer maxAge,
                   Integer maxDaysSupply, boolean outpatientAllowed, Long priceCap4, long basePric4, int maxCnt) {

    static final String DRUG = "101";
    static final String HERBAL = "102";
    static final String SERVICE = "201";
    static final String MATERIAL = "301";

    static CatalogItem drug(String code, String name, String price, int maxDaysSupply, int maxCnt) {
        return new CatalogItem(code, name, DRUG, null, null, null, maxDaysSupply, true, null, scaled4(price), maxCnt);
    }

    /** Herbal pieces are priced per gram and sold by weight. */
    static CatalogItem herbal(String code, String name, String pricePerGram) {
        return new CatalogItem(code, name, HERBAL, null, null, null, 7, true, null, scaled4(pricePerGram), 1000);
    }

    static CatalogItem service(String code, String name, String price, int maxCnt) {
        return new CatalogItem(code, name, SERVICE, null, null, null, null, true, null, scaled4(price), maxCnt);
    }

    static CatalogItem material(String code, String name, String price, int maxCnt) {
        return new CatalogItem(code, name, MATERIAL, null, null, null, null, true, null, scaled4(price), maxCnt);
    }

    CatalogItem gender(int gend) {
        return new CatalogItem(code, name, listType, gend, minAge, maxAge, maxDaysSupply, outpatientAllowed,
                priceCap4, basePric4, maxCnt);
    }

    CatalogItem ages(Integer min, Integer max) {
        return new CatalogItem(code, name, listType, gendLimit, min, max, maxDaysSupply, outpatientAllowed,
                priceCap4, basePric4, maxCnt);
    }

    /** Capped at the base price (集采/限价): generated prices only ever go down from the base. */
    CatalogItem capped() {
        return new CatalogItem(code, name, listType, gendLimit, minAge, maxAge, maxDaysSupply, outpatientAllowed,
                basePric4, basePric4, maxCnt);
    }

    CatalogItem inpatientOnly() {
        return new CatalogItem(code, name, listType, gendLimit, minAge, maxAge, maxDaysSupply, false, priceCap4,
                basePric4, maxCnt);
    }

    boolean isDrug() {
        return DRUG.equals(listType) || HERBAL.equals(listType);
    }

    boolean allows(int gend, int age) {
        return (gendLimit == null || gendLimit == gend) && (minAge == null || age >= minAge)
                && (maxAge == null || age <= maxAge);
    }

    private static long scaled4(String yuan) {
        return new BigDecimal(yuan).movePointRight(4).longValueExact();
    }
}

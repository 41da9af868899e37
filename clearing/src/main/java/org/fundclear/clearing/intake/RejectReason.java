package org.fundclear.clearing.intake;

/**
 * The catalogue of reasons an input line (or a whole file) is not loaded. Codes are stable: they
 * appear in rejects-YYYY-MM.csv and in the import summary.
 */
public enum RejectReason {
    FIELD_COUNT("E01", "wrong number of fields on the line", "字段个数不符"),
    NUMBER_FORMAT("E02", "amount or number cannot be read", "金额/数量格式错误"),
    DECIMALS("E03", "too many decimals", "小数位数超限"),
    REQUIRED("E04", "required field is empty", "必填字段为空"),
    MEDFEE_SUM("E05", "medfee_sumamt differs from fund_pay_sumamt + acct_pay + psn_cash_pay", "医疗费总额与支付合计不符"),
    FUND_SUM("E06", "fund_pay_sumamt differs from the sum of the fund components", "基金支付合计与分项之和不符"),
    NEGATIVE_AMOUNT("E07", "negative amount on a normal (non-reversal) row", "正常结算出现负金额"),
    REVERSAL_WITHOUT_ORIGIN("E08", "reversal without init_setl_id", "退费记录缺少原结算ID"),
    SAME_REGION("E09", "insured region equals treatment region", "参保地与就医地相同"),
    REGION_CODE("E10", "region code is not 6 digits", "区划代码不是6位数字"),
    UNKNOWN_CODE("E11", "value not in the code table", "代码值不在代码表中"),
    DATE_FORMAT("E12", "date or time cannot be read", "日期/时间格式错误"),
    MONTH_AFTER_CYCLE("E13", "settlement month is after the cycle month", "结算月份晚于清算月份"),
    DUPLICATE_CONFLICT("E14", "key already loaded with different content", "结算ID重复且内容不同"),
    INPATIENT_DATES("E15", "inpatient row without valid admission/discharge dates", "住院记录入出院日期缺失或颠倒"),
    ENCODING("E16", "file is not valid in its declared encoding", "文件编码无效"),
    MISSING_COLUMN("E17", "file lacks a required column", "文件缺少必需列"),
    REVERSAL_AMOUNTS("E18", "reversal amounts are not the negation of the original", "退费金额与原结算不对应"),
    FEE_LINE_AMOUNT("E19", "det_item_fee_sumamt differs from cnt x pric rounded to the fen", "明细金额不等于数量×单价"),
    TOO_LONG("E20", "value longer than the field allows", "字段超长"),
    DATE_ORDER("E21", "end date before start date", "结束日期早于开始日期"),
    UNTERMINATED_QUOTE("E22", "a quote opened on the line is not closed on it", "引号未闭合");

    private final String code;
    private final String title;
    private final String titleZh;

    RejectReason(String code, String title, String titleZh) {
        this.code = code;
        this.title = title;
        this.titleZh = titleZh;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String titleZh() {
        return titleZh;
    }
}

package org.fundclear.generator;

import java.util.List;
import java.util.Map;

/** The catalogue items fee lines draw from, grouped by where they are used. Codes follow national formats. */
final class Catalog {

    static final CatalogItem METFORMIN = CatalogItem.drug("XA10BAE054A001010100001", "二甲双胍片", "9.80", 30, 10);
    static final CatalogItem NIFEDIPINE = CatalogItem.drug("XC08CAX077A010010100412", "硝苯地平缓释片", "18.50", 30, 10);
    static final CatalogItem AMLODIPINE = CatalogItem.drug("XC08CAA009A001010200034", "氨氯地平片", "12.30", 30, 10);
    static final CatalogItem ATORVASTATIN = CatalogItem.drug("XC10AAA083A001010100301", "阿托伐他汀钙片", "24.70", 30, 10);
    static final CatalogItem IRBESARTAN = CatalogItem.drug("XC09CAE066A001010100042", "厄贝沙坦片", "16.80", 30, 10);
    static final CatalogItem GLIMEPIRIDE = CatalogItem.drug("XA10BBG058A001010100011", "格列美脲片", "21.40", 30, 10);
    static final CatalogItem INSULIN = CatalogItem.drug("XA10ABM020B002010100015", "门冬胰岛素注射液", "48.90", 30, 12).capped();
    static final CatalogItem AMOXICILLIN = CatalogItem.drug("XJ01CAA040E001010100123", "阿莫西林胶囊", "8.60", 7, 6);
    static final CatalogItem CEFTRIAXONE = CatalogItem.drug("XJ01DDT102B002010100072", "注射用头孢曲松钠", "16.40", 7, 10);
    static final CatalogItem CEFIXIME = CatalogItem.drug("XJ01DDT054E001010100065", "头孢克肟胶囊", "26.50", 7, 3);
    static final CatalogItem IBUPROFEN = CatalogItem.drug("XM01AEB085E002010100077", "布洛芬缓释胶囊", "11.20", 7, 4);
    static final CatalogItem OMEPRAZOLE = CatalogItem.drug("XA02BCA048E001010100028", "奥美拉唑肠溶胶囊", "14.90", 14, 6);
    static final CatalogItem SMECTITE = CatalogItem.drug("XA07BCM012P001010100019", "蒙脱石散", "12.50", 7, 4);
    static final CatalogItem ASPIRIN = CatalogItem.drug("XB01ACA057A012010100088", "阿司匹林肠溶片", "0.1550", 30, 180);
    static final CatalogItem CLOPIDOGREL = CatalogItem.drug("XB01ACL079A001010100014", "氯吡格雷片", "30.20", 30, 8);
    static final CatalogItem LEVOTHYROXINE = CatalogItem.drug("XH03AAL023A001010100003", "左甲状腺素钠片", "25.60", 30, 8);
    static final CatalogItem ALENDRONATE = CatalogItem.drug("XM05BAA046A001010100008", "阿仑膦酸钠片", "28.40", 30, 8).ages(18, null);
    static final CatalogItem GEFITINIB = CatalogItem.drug("XL01EBJ032A001010100007", "吉非替尼片", "547.00", 30, 6).capped().ages(18, null);
    static final CatalogItem LETROZOLE = CatalogItem.drug("XL02BGL034A001010100006", "来曲唑片", "68.50", 30, 6).gender(2).ages(18, null);
    static final CatalogItem BICALUTAMIDE = CatalogItem.drug("XL02BBB086A001010100005", "比卡鲁胺片", "128.00", 30, 6).gender(1).ages(18, null);
    static final CatalogItem TACROLIMUS = CatalogItem.drug("XL04ADT008E001010100009", "他克莫司胶囊", "420.00", 30, 6);
    static final CatalogItem MYCOPHENOLATE = CatalogItem.drug("XL04AAM019E001010100004", "吗替麦考酚酯胶囊", "186.00", 30, 6);
    static final CatalogItem ERYTHROPOIETIN = CatalogItem.drug("XB03XAC066B002010100010", "重组人促红素注射液", "98.00", 30, 12);
    static final CatalogItem TAMSULOSIN = CatalogItem.drug("XG04CAT009E002010100018", "坦索罗辛缓释胶囊", "38.60", 30, 8).gender(1).ages(18, null);
    static final CatalogItem FINASTERIDE = CatalogItem.drug("XG04CBF020A001010100012", "非那雄胺片", "45.20", 30, 8).gender(1).ages(18, null);
    static final CatalogItem PROGESTERONE = CatalogItem.drug("XG03DAH032E001010100031", "黄体酮胶囊", "36.90", 14, 3).gender(2).ages(14, 55);
    static final CatalogItem CHILD_COLD = CatalogItem.drug("XN02BEX032N001020100052", "小儿氨酚黄那敏颗粒", "9.50", 5, 4).ages(null, 14);
    static final CatalogItem MONTELUKAST = CatalogItem.drug("XR03DCM168N002010100021", "孟鲁司特钠咀嚼片", "42.80", 30, 6).ages(2, 14);
    static final CatalogItem BUDESONIDE = CatalogItem.drug("XR03AKB085L020010100033", "布地奈德福莫特罗吸入粉雾剂", "198.00", 30, 3).ages(12, null);
    static final CatalogItem GANMAOLING = CatalogItem.drug("ZA01BAG0345010104444", "感冒灵颗粒", "15.80", 7, 4);
    static final CatalogItem LIANHUA = CatalogItem.drug("ZA04CAL0223010102346", "连花清瘟胶囊", "27.80", 7, 4);
    static final CatalogItem DANSHEN = CatalogItem.drug("ZA12EAF0045010104021", "复方丹参滴丸", "32.60", 30, 8);

    static final CatalogItem ASTRAGALUS = CatalogItem.herbal("T001700643", "黄芪", "0.0850");
    static final CatalogItem ANGELICA = CatalogItem.herbal("T000200571", "当归", "0.2150");
    static final CatalogItem CODONOPSIS = CatalogItem.herbal("T001400423", "党参", "0.1800");
    static final CatalogItem LICORICE = CatalogItem.herbal("T000500162", "甘草", "0.0600");
    static final CatalogItem PORIA = CatalogItem.herbal("T001200333", "茯苓", "0.0900");
    static final CatalogItem NOTOGINSENG = CatalogItem.herbal("T000800228", "三七粉", "1.2800");
    static final CatalogItem WOLFBERRY = CatalogItem.herbal("T001900221", "枸杞子", "0.1200");

    static final CatalogItem CONSULTATION = CatalogItem.service("001101000010000", "一般诊疗费", "10.00", 1).capped();
    static final CatalogItem EMERGENCY_CONSULTATION = CatalogItem.service("001102000020000", "急诊诊查费", "15.00", 1).capped();
    static final CatalogItem WARD_ROUND = CatalogItem.service("001105000010000", "住院诊查费", "20.00", 1).inpatientOnly();
    static final CatalogItem BED = CatalogItem.service("001106000010000", "普通病房床位费", "40.00", 1).inpatientOnly();
    static final CatalogItem NURSING = CatalogItem.service("001201000010000", "一级护理", "30.00", 1).inpatientOnly();
    static final CatalogItem INFUSION = CatalogItem.service("001203000020000", "静脉输液", "8.00", 3);
    static final CatalogItem BLOOD_ROUTINE = CatalogItem.service("002501010010000", "血常规", "20.00", 1);
    static final CatalogItem URINE_ROUTINE = CatalogItem.service("002502010010000", "尿常规", "8.00", 1);
    static final CatalogItem LIVER_FUNCTION = CatalogItem.service("002503020010000", "肝功能", "45.00", 1);
    static final CatalogItem HBA1C = CatalogItem.service("002503030120000", "糖化血红蛋白测定", "60.00", 1);
    static final CatalogItem CREATININE = CatalogItem.service("002503040010000", "肌酐测定", "10.00", 1);
    static final CatalogItem CRP = CatalogItem.service("002503050010000", "C反应蛋白测定", "30.00", 1);
    static final CatalogItem TACROLIMUS_LEVEL = CatalogItem.service("002504010010000", "他克莫司血药浓度测定", "150.00", 1);
    static final CatalogItem PSA = CatalogItem.service("002505010010000", "前列腺特异性抗原测定", "60.00", 1).gender(1);
    static final CatalogItem ECG = CatalogItem.service("003103000010000", "心电图", "20.00", 1);
    static final CatalogItem CHEST_XRAY = CatalogItem.service("002101020030000", "胸部X线摄影", "70.00", 1);
    static final CatalogItem CHEST_CT = CatalogItem.service("002203010010000", "胸部CT平扫", "260.00", 1);
    static final CatalogItem MRI = CatalogItem.service("002204010010000", "磁共振平扫", "480.00", 1);
    static final CatalogItem ULTRASOUND = CatalogItem.service("002202020010000", "彩色多普勒超声", "120.00", 1);
    static final CatalogItem HEMODIALYSIS = CatalogItem.service("003105010010000", "血液透析", "420.00", 13).capped();

    static final CatalogItem INFUSION_SET = CatalogItem.material("C14030201100001001234", "一次性使用输液器", "3.50", 3);
    static final CatalogItem SYRINGE = CatalogItem.material("C14010201000001004567", "一次性使用无菌注射器", "0.50", 5);
    static final CatalogItem MASK = CatalogItem.material("C14100101300001003456", "医用外科口罩（10只）", "8.00", 10);
    static final CatalogItem TEST_STRIP = CatalogItem.material("C03030105800001002345", "血糖试纸", "2.80", 100);

    /** Every item, in catalog.csv order (inpatient-only services included though fee lines never use them). */
    static final List<CatalogItem> ALL = List.of(METFORMIN, NIFEDIPINE, AMLODIPINE, ATORVASTATIN, IRBESARTAN,
            GLIMEPIRIDE, INSULIN, AMOXICILLIN, CEFTRIAXONE, CEFIXIME, IBUPROFEN, OMEPRAZOLE, SMECTITE, ASPIRIN, CLOPIDOGREL,
            LEVOTHYROXINE, ALENDRONATE, GEFITINIB, LETROZOLE, BICALUTAMIDE, TACROLIMUS, MYCOPHENOLATE, ERYTHROPOIETIN,
            TAMSULOSIN, FINASTERIDE, PROGESTERONE, CHILD_COLD, MONTELUKAST, BUDESONIDE, GANMAOLING, LIANHUA, DANSHEN,
            ASTRAGALUS, ANGELICA, CODONOPSIS, LICORICE, PORIA, NOTOGINSENG, WOLFBERRY, CONSULTATION,
            EMERGENCY_CONSULTATION, WARD_ROUND, BED, NURSING, INFUSION, BLOOD_ROUTINE, URINE_ROUTINE, LIVER_FUNCTION,
            HBA1C, CREATININE, CRP, TACROLIMUS_LEVEL, PSA, ECG, CHEST_XRAY, CHEST_CT, MRI, ULTRASOUND, HEMODIALYSIS,
            INFUSION_SET, SYRINGE, MASK, TEST_STRIP);

    static final List<CatalogItem> PHARMACY = List.of(METFORMIN, NIFEDIPINE, AMLODIPINE, ATORVASTATIN, AMOXICILLIN,
            IBUPROFEN, GANMAOLING, LIANHUA, DANSHEN, OMEPRAZOLE, SMECTITE, ASPIRIN, CHILD_COLD, PROGESTERONE,
            TAMSULOSIN, FINASTERIDE, ALENDRONATE, LEVOTHYROXINE, NOTOGINSENG, ASTRAGALUS, ANGELICA, CODONOPSIS,
            WOLFBERRY, MASK, TEST_STRIP);

    /** Items billed after the consultation fee of a general outpatient visit. */
    static final List<CatalogItem> OUTPATIENT = List.of(BLOOD_ROUTINE, URINE_ROUTINE, LIVER_FUNCTION, CRP, ECG,
            CHEST_XRAY, CHEST_CT, MRI, ULTRASOUND, INFUSION, CEFTRIAXONE, AMOXICILLIN, CEFIXIME, IBUPROFEN, GANMAOLING, LIANHUA, OMEPRAZOLE,
            SMECTITE, CHILD_COLD, PROGESTERONE, TAMSULOSIN, PORIA, LICORICE, SYRINGE, INFUSION_SET);

    static final List<CatalogItem> EMERGENCY = List.of(BLOOD_ROUTINE, CRP, ECG, CHEST_XRAY, CHEST_CT, INFUSION,
            CEFTRIAXONE, INFUSION_SET,
            SYRINGE, IBUPROFEN, CEFIXIME, SMECTITE, ASPIRIN, CLOPIDOGREL, CHILD_COLD);

    /** Chronic-disease outpatient regimens (items and typical monthly cost) by the person's chronic diagnosis. */
    static final Map<String, ChronicRegimen> CHRONIC = Map.of(
            Diagnoses.HYPERTENSION.code(), new ChronicRegimen(
                    List.of(NIFEDIPINE, AMLODIPINE, IRBESARTAN, ATORVASTATIN, ASPIRIN, ECG), 330),
            Diagnoses.DIABETES.code(), new ChronicRegimen(
                    List.of(METFORMIN, GLIMEPIRIDE, INSULIN, HBA1C, TEST_STRIP), 420),
            Diagnoses.RENAL_FAILURE.code(), new ChronicRegimen(List.of(HEMODIALYSIS, ERYTHROPOIETIN, CREATININE), 4200),
            Diagnoses.LUNG_CANCER.code(), new ChronicRegimen(List.of(GEFITINIB, BLOOD_ROUTINE, CHEST_CT), 3300),
            Diagnoses.BREAST_CANCER.code(), new ChronicRegimen(List.of(LETROZOLE, BLOOD_ROUTINE, ULTRASOUND), 900),
            Diagnoses.PROSTATE_CANCER.code(), new ChronicRegimen(List.of(BICALUTAMIDE, PSA, BLOOD_ROUTINE), 1200),
            Diagnoses.TRANSPLANT.code(), new ChronicRegimen(List.of(TACROLIMUS, MYCOPHENOLATE, TACROLIMUS_LEVEL), 3000),
            Diagnoses.ASTHMA.code(), new ChronicRegimen(List.of(MONTELUKAST, BUDESONIDE), 420));

    private Catalog() {
    }
}

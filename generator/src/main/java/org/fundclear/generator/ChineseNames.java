package org.fundclear.generator;

import java.util.SplittableRandom;

/** Plausible Chinese names: a common surname plus a one- or two-character given name by gender. */
final class ChineseNames {

    private static final String SURNAMES =
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文普岩";
    private static final String MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰春文志海东";
    private static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳燕雪倩婷慧颖洁莉丹琴云晶月凤蓉佳欣怡";

    private ChineseNames() {
    }

    static String surname(SplittableRandom rng) {
        // Squaring skews towards the front of the list, where the most common surnames are.
        double u = rng.nextDouble();
        return String.valueOf(SURNAMES.charAt((int) (u * u * SURNAMES.length())));
    }

    /** @param gend 1 male, 2 female */
    static String givenName(int gend, SplittableRandom rng) {
        String chars = gend == 1 ? MALE_CHARS : FEMALE_CHARS;
        StringBuilder sb = new StringBuilder(2).append(chars.charAt(rng.nextInt(chars.length())));
        if (rng.nextInt(100) < 70) {
            sb.append(chars.charAt(rng.nextInt(chars.length())));
        }
        return sb.toString();
    }
}

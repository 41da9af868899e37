package org.fundclear.generator;

import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Settlement clock times: office hours for clinics, longer hours at pharmacies, round the clock for emergencies. */
final class TimeOfDay {

    private static final int[] PHARMACY_HOURS = {0, 0, 0, 0, 0, 0, 0, 1, 4, 7, 8, 8, 7, 5, 5, 6, 7, 7, 7, 6, 5, 3, 1, 0};
    private static final int[] OUTPATIENT_HOURS = {0, 0, 0, 0, 0, 0, 0, 1, 8, 10, 10, 8, 2, 3, 8, 9, 8, 6, 1, 0, 0, 0, 0, 0};
    private static final int[] EMERGENCY_HOURS = {2, 2, 2, 2, 2, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 2};
    private static final int[] DISCHARGE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 2, 8, 10, 9, 3, 3, 6, 6, 5, 3, 0, 0, 0, 0, 0, 0};

    private static final Weighted<Integer> PHARMACY = hours(PHARMACY_HOURS);
    private static final Weighted<Integer> OUTPATIENT = hours(OUTPATIENT_HOURS);
    private static final Weighted<Integer> EMERGENCY = hours(EMERGENCY_HOURS);
    private static final Weighted<Integer> DISCHARGE = hours(DISCHARGE_HOURS);

    private TimeOfDay() {
    }

    static LocalTime draw(MedType type, SplittableRandom rng) {
        Weighted<Integer> hours = switch (type) {
            case PHARMACY -> PHARMACY;
            case GENERAL_OUTPATIENT, CHRONIC_OUTPATIENT -> OUTPATIENT;
            case EMERGENCY -> EMERGENCY;
            case INPATIENT -> DISCHARGE;
        };
        return LocalTime.of(hours.draw(rng), rng.nextInt(60), rng.nextInt(60));
    }

    private static Weighted<Integer> hours(int[] weights) {
        List<Integer> hours = IntStream.range(0, 24).boxed().toList();
        return Weighted.of(hours, h -> weights[h]);
    }
}

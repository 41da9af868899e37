package org.fundclear.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/** Creates one internally consistent settlement at a time: person, place, diagnosis, dates, fee lines and money. */
final class SettlementFactory {

    private static final double INPATIENT_MEAN_YUAN = 13_000;
    private static final double INPATIENT_SIGMA = 0.9;
    private static final double INPATIENT_MIN_YUAN = 200;
    private static final int PERSON_DETAILS_MISSING_PCT = 4;
    private static final int ZERO_OPTIONALS_BLANK_PCT = 4;

    private final IdSequence ids;
    private final PersonSampler persons;
    private final UsualProviders providers;
    private final CareHistory care;
    private final SplittableRandom rng;
    private final Background background;

    /** @param month the month generated, whose late rows fall in the month before */
    SettlementFactory(IdSequence ids, PersonSampler persons, InstitutionPool institutions, YearMonth month,
                      SplittableRandom rng, Background background) {
        this.ids = ids;
        this.persons = persons;
        this.providers = new UsualProviders(institutions, month, background);
        this.care = new CareHistory(month);
        this.rng = rng;
        this.background = background;
    }

    Settlement create(LocalDate date) {
        return create(date, background.drawMedType(rng));
    }

    Settlement create(LocalDate date, MedType type) {
        Person person = type == MedType.INPATIENT ? persons.inpatient(date) : persons.outpatient(date, type);
        Institution institution = providers.forVisit(person, type, rng);
        LocalDateTime setlTime = date.atTime(TimeOfDay.draw(type, rng));
        String diagnosis = Diagnoses.draw(type, person, person.ageOn(date), rng);
        LocalDate begndate = null;
        LocalDate enddate = null;
        if (type == MedType.INPATIENT) {
            enddate = date; // settled on discharge
            begndate = date.minusDays(2 + rng.nextInt(19));
        } else if (rng.nextInt(100) < (type == MedType.PHARMACY ? 30 : 70)) {
            begndate = date;
            enddate = date;
        }
        List<FeeLine> lines = type.hasFeeLines()
                ? FeeLineBuilder.build(type, person, diagnosis, institution,
                        background.costFactor(institution), setlTime, care, rng) : List.of();
        long medfee = type.hasFeeLines()
                ? lines.stream().mapToLong(FeeLine::amount).sum()
                : Money.lognormalFen(INPATIENT_MEAN_YUAN, INPATIENT_SIGMA, INPATIENT_MIN_YUAN, rng);
        Amounts amounts = PaymentCalculator.split(type, person, institution, medfee, rng);
        String setlId = ids.next();
        return new Settlement(setlId, IdSequence.visitIdOf(setlId), person,
                rng.nextInt(100) >= PERSON_DETAILS_MISSING_PCT, type, diagnosis, institution, begndate, enddate,
                setlTime, amounts, null, lines, rng.nextInt(100) < ZERO_OPTIONALS_BLANK_PCT);
    }

    Settlement reverse(Settlement original, LocalDateTime time) {
        return original.reversedAs(ids.next(), time);
    }
}

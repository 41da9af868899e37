package org.fundclear.jobs.audit;

/** How many subjects a sample month plants per audit pattern when the user does not say. */
public final class PlantedSubjects {
    private PlantedSubjects() {
    }

    /** 8 planted subjects per pattern, or one per 20,000 settlements in bigger months. */
    public static int perPattern(int settlements) {
        return Math.max(8, settlements / 20_000);
    }
}

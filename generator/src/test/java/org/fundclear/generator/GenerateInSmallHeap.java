package org.fundclear.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/** Main class for {@link BoundedMemoryGenerationTest}: generates one month in a JVM of its own (with a small -Xmx). */
public final class GenerateInSmallHeap {

    private GenerateInSmallHeap() {
    }

    /** Arguments: month (YYYY-MM), output directory, settlements, seed. */
    public static void main(String[] args) throws IOException {
        GenerationResult result = MonthGenerator.generate(new GenerationRequest(YearMonth.parse(args[0]),
                Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3])));
        System.out.println("settlements=" + result.settlements() + " feeLines=" + result.feeLines()
                + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}

package org.fundclear.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.classifiers.misc.IsolationForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Our Weka wiring (numeric features, dummy {normal, anomaly} class, score = distributionForInstance[1]) on data
 * authored elsewhere: the ARFF files of Debian's weka package, with the outlier classes of the ODDS benchmark.
 * ROC-AUC must be within 0.03 of PyOD's published Isolation Forest figures. Skipped when the package cannot be
 * fetched (no apt, no network).
 */
class WekaIsolationForestReferenceTest {
    private static final Path CACHE = Path.of("target", "weka-deb");
    private static Path examples;

    @BeforeAll
    static void fetchDebianWeka() throws Exception {
        examples = CACHE.resolve("x/usr/share/doc/weka/examples");
        if (Files.exists(examples.resolve("glass.arff"))) {
            return;
        }
        Files.createDirectories(CACHE);
        boolean fetched = run(List.of("apt-get", "download", "weka"), CACHE);
        Path deb;
        try (var files = Files.list(CACHE)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(fetched && deb != null, "could not fetch Debian's weka package (apt-get download weka)");
        Assumptions.assumeTrue(run(List.of("dpkg", "-x", deb.getFileName().toString(), "x"), CACHE),
                "dpkg -x failed on " + deb);
    }

    private static boolean run(List<String> command, Path dir) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @ParameterizedTest
    @CsvSource({"glass.arff, tableware, 0.70", "ionosphere.arff, b, 0.85", "diabetes.arff, tested_positive, 0.67"})
    void rocAucMatchesPublishedIsolationForestFigures(String file, String outlierClass, double published)
            throws Exception {
        Instances raw = DataSource.read(examples.resolve(file).toString());
        raw.setClassIndex(raw.numAttributes() - 1);
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int a = 0; a < raw.numAttributes() - 1; a++) {
            attributes.add(new Attribute(raw.attribute(a).name()));
        }
        attributes.add(new Attribute("class", List.of("normal", "anomaly")));
        Instances data = new Instances(file, attributes, raw.numInstances());
        data.setClassIndex(attributes.size() - 1);
        boolean[] outlier = new boolean[raw.numInstances()];
        for (int i = 0; i < raw.numInstances(); i++) {
            Instance r = raw.get(i);
            double[] values = new double[attributes.size()];
            for (int a = 0; a < raw.numAttributes() - 1; a++) {
                values[a] = r.value(a);
            }
            outlier[i] = r.stringValue(raw.classIndex()).equals(outlierClass);
            data.add(new DenseInstance(1.0, values));
        }
        // IF is randomised: average the ROC-AUC of five seeds, as benchmark tables average several runs.
        double auc = 0;
        for (int seed = 1; seed <= 5; seed++) {
            IsolationForest forest = new IsolationForest();
            forest.setSeed(seed);
            forest.buildClassifier(data);
            double[] scores = new double[data.numInstances()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = forest.distributionForInstance(data.get(i))[1];
            }
            auc += rocAuc(scores, outlier) / 5;
        }
        assertThat(auc).as(file).isCloseTo(published, org.assertj.core.data.Offset.offset(0.03));
    }

    /** Mann-Whitney form of the ROC-AUC: the chance an outlier scores above a normal point (ties count half). */
    private static double rocAuc(double[] scores, boolean[] outlier) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!outlier[i]) {
                continue;
            }
            for (int j = 0; j < scores.length; j++) {
                if (outlier[j]) {
                    continue;
                }
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                pairs++;
            }
        }
        return wins / pairs;
    }
}

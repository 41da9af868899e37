package org.fundclear.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import weka.classifiers.Classifier;
import weka.classifiers.misc.IsolationForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Isolation Forest scoring throughput on synthetic person-months (four log-normal behaviour features): trains on
 * a 100,000-row sample, then scores every row on one thread and on several, each thread with its own
 * deserialised copy of the model.
 */
final class IsolationForestScoringBench {
    private static final int FEATURES = 4;
    private static final int TRAINING = 100_000;

    record Timing(double trainSeconds, double singleThreadSeconds, int threads, double multiThreadSeconds) {
    }

    private IsolationForestScoringBench() {
    }

    static Timing run(int rows, int threads, long seed) throws Exception {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            attributes.add(new Attribute("f" + f));
        }
        attributes.add(new Attribute("class", List.of("normal", "anomaly")));
        Instances data = new Instances("bench", attributes, rows);
        data.setClassIndex(FEATURES);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < rows; i++) {
            double[] v = new double[FEATURES + 1];
            for (int f = 0; f < FEATURES; f++) {
                v[f] = Math.log1p(Math.exp(rng.nextGaussian()));
            }
            data.add(new DenseInstance(1.0, v));
        }
        Instances training = new Instances(data, 0, Math.min(rows, TRAINING));
        IsolationForest forest = new IsolationForest();
        forest.setSeed((int) seed);
        long t0 = System.nanoTime();
        forest.buildClassifier(training);
        double train = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        double checksum = 0;
        for (int i = 0; i < rows; i++) {
            checksum += forest.distributionForInstance(data.get(i))[1];
        }
        double single = (System.nanoTime() - t1) / 1e9;

        byte[] serialised = serialise(forest);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t2 = System.nanoTime();
        try {
            List<Future<Double>> parts = new ArrayList<>();
            int slice = (rows + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * slice;
                int to = Math.min(rows, from + slice);
                parts.add(pool.submit(() -> {
                    Classifier copy = (Classifier) SerializationHelper.read(new java.io.ByteArrayInputStream(serialised));
                    double sum = 0;
                    for (int i = from; i < to; i++) {
                        sum += copy.distributionForInstance(data.get(i))[1];
                    }
                    return sum;
                }));
            }
            double parallelChecksum = 0;
            for (Future<Double> part : parts) {
                parallelChecksum += part.get();
            }
            if (Math.abs(parallelChecksum - checksum) > 1e-6 * rows) {
                throw new IllegalStateException("threaded scores differ from single-threaded ones");
            }
        } finally {
            pool.shutdown();
        }
        double multi = (System.nanoTime() - t2) / 1e9;
        return new Timing(train, single, threads, multi);
    }

    private static byte[] serialise(Object model) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SerializationHelper.write(out, model);
        return out.toByteArray();
    }
}

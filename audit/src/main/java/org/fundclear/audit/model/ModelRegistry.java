package org.fundclear.audit.model;

import static org.fundclear.sql.jooq.Tables.AUDIT_MODEL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.fundclear.audit.scope.AuditScope;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Version;

/**
 * Keeps each trained model as Weka's serialised model plus its header ({@link SerializationHelper#writeAll}),
 * a manifest beside it (features, Weka version, training window, seed, rows, peer grouping) and a row in
 * audit_model, so a month's scores can be reproduced and explained later.
 */
public final class ModelRegistry {
    private final Path directory;
    private final Clock clock;

    public ModelRegistry(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Path save(AuditScope scope, String modelId, Classifier model, Instances header, List<Feature> features,
                     long seed, int trainingRows, String peerGrouping) {
        String base = modelId + "-" + scope.month();
        Path file = directory.resolve(base + ".model");
        String featureList = features.stream().map(Feature::name).collect(Collectors.joining(","));
        try {
            Files.createDirectories(directory);
            SerializationHelper.writeAll(file.toString(), new Object[] {model, new Instances(header, 0)});
            Properties manifest = new Properties();
            manifest.setProperty("model_id", modelId);
            manifest.setProperty("algorithm", model.getClass().getName());
            manifest.setProperty("features", featureList);
            manifest.setProperty("weka_version", Version.VERSION);
            manifest.setProperty("training_window", scope.firstDay() + ".." + scope.lastDay());
            manifest.setProperty("seed", Long.toString(seed));
            manifest.setProperty("training_rows", Integer.toString(trainingRows));
            manifest.setProperty("peer_group", peerGrouping);
            try (Writer out = Files.newBufferedWriter(directory.resolve(base + ".manifest"), StandardCharsets.UTF_8)) {
                manifest.store(out, "fundclear audit model");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save model " + file, e);
        } catch (Exception e) {
            throw new IllegalStateException("Weka could not serialise " + modelId, e);
        }
        scope.dsl().transaction(tx -> {
            tx.dsl().deleteFrom(AUDIT_MODEL).where(AUDIT_MODEL.MODEL_ID.eq(modelId))
                    .and(AUDIT_MODEL.CYCLE_MONTH.eq(scope.month().toString())).execute();
            tx.dsl().insertInto(AUDIT_MODEL).set(AUDIT_MODEL.MODEL_ID, modelId)
                    .set(AUDIT_MODEL.CYCLE_MONTH, scope.month().toString())
                    .set(AUDIT_MODEL.FEATURES, featureList).set(AUDIT_MODEL.WEKA_VERSION, Version.VERSION)
                    .set(AUDIT_MODEL.SEED, seed).set(AUDIT_MODEL.TRAINING_ROWS, (long) trainingRows)
                    .set(AUDIT_MODEL.PEER_GROUP, peerGrouping).set(AUDIT_MODEL.FILE_PATH, file.toString())
                    .set(AUDIT_MODEL.TRAINED_AT, LocalDateTime.now(clock)).execute();
        });
        return file;
    }

    /** Reads a saved model back: element 0 is the classifier, element 1 the header. */
    public static Object[] load(Path file) {
        try {
            return SerializationHelper.readAll(file.toString());
        } catch (Exception e) {
            throw new IllegalStateException("could not read model " + file, e);
        }
    }
}

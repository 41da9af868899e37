package org.fundclear.jobs.partition;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request on the wire: {@code stepName stepExecutionId} as plain text. No Java serialization between
 * processes, and a message a person can read in the broker's console. The step execution itself (its region scope,
 * the job's month) is read from the shared job repository.
 */
final class PartitionRequests {
    private PartitionRequests() {
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}

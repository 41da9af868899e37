package org.fundclear.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partitions per step on workers: as configured, else twice the consumers listening, never fewer than two. */
class PartitionCountTest {

    @Test
    void twiceTheListeningConsumersUnlessConfigured() {
        assertThat(BrokerPartitions.partitionsFor(0, 1)).isEqualTo(2);
        assertThat(BrokerPartitions.partitionsFor(0, 2)).isEqualTo(4);
        assertThat(BrokerPartitions.partitionsFor(0, 8)).isEqualTo(16);
        assertThat(BrokerPartitions.partitionsFor(0, 0)).as("no worker yet: a pool of some eight").isEqualTo(16);
        assertThat(BrokerPartitions.partitionsFor(5, 2)).as("configured").isEqualTo(5);
    }
}

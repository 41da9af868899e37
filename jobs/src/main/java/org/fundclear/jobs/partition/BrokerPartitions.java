package org.fundclear.jobs.partition;

import java.net.URI;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remote partitioning over RabbitMQ, on when {@code fundclear.broker.url} is set ({@code amqp://user:pass@host:port}).
 * The manager step sends one request per partition to the queue {@code fundclear.broker.queue} and polls the job
 * repository until every partition's step execution has ended (no reply channel: the shared database is the only
 * source of truth, as in Apache Fineract's COB). A worker ({@code fundclear.worker.enabled}, set by
 * {@code ./fundclear worker}) consumes the queue one request at a time per thread (prefetch 1) and acknowledges a
 * request only after its partition's transaction committed: a worker killed mid-partition leaves its request
 * unacknowledged, the broker hands it to another worker, which runs the partition again (it replaces its own rows).
 */
@Configuration
@ConditionalOnExpression("'${fundclear.broker.url:}' != ''")
@EnableIntegration
@EnableBatchIntegration
public class BrokerPartitions {
    private static final Logger log = LoggerFactory.getLogger(BrokerPartitions.class);
    private static final int WITHOUT_WORKERS = 16;

    @Bean
    ConnectionFactory fundclearBrokerConnectionFactory(@Value("${fundclear.broker.url}") String url) {
        CachingConnectionFactory factory = new CachingConnectionFactory(URI.create(url));
        factory.setConnectionNameStrategy(f -> "fundclear-" + ProcessHandle.current().pid());
        return factory;
    }

    @Bean
    Queue partitionQueue(@Value("${fundclear.broker.queue:fundclear.clear.partitions}") String queue) {
        return new Queue(queue, true, false, false);
    }

    /** The manager's requests, on their way to the broker. */
    @Bean
    DirectChannel partitionRequestsOut() {
        return new DirectChannel();
    }

    /** The requests a worker received, on their way to the worker steps. */
    @Bean
    DirectChannel partitionRequestsIn() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(RabbitTemplate rabbitTemplate, Queue partitionQueue) {
        return IntegrationFlow.from(partitionRequestsOut())
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(partitionQueue.getName()))
                .get();
    }

    @Bean
    @ConditionalOnExpression("${fundclear.worker.enabled:false}")
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionQueue,
                                                JobRepository jobRepository,
                                                @Value("${fundclear.worker.threads:1}") int threads) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionQueue.getName())
                        .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(Math.max(1, threads))
                                .acknowledgeMode(AcknowledgeMode.AUTO).defaultRequeueRejected(false)))
                .transform(String.class, PartitionRequests::decode)
                .filter(StepExecutionRequest.class, request -> notYetDone(jobRepository, request))
                .channel(partitionRequestsIn())
                .get();
    }

    /**
     * A request delivered again after its partition committed (the worker died between commit and acknowledgement)
     * is dropped: the manager may have moved on already.
     */
    private static boolean notYetDone(JobRepository jobRepository, StepExecutionRequest request) {
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution != null && execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("partition {} ({}) already completed; request dropped", execution.getStepName(),
                    request.getStepExecutionId());
            return false;
        }
        return true;
    }

    /**
     * Partitions per step: {@code fundclear.clear.partitions} when set, else twice the consumers listening on the
     * queue when the step starts (the worker threads: each takes one partition at a time), at least 2; 16 when no
     * worker listens yet. Every partition of every step reads the whole month (no index serves the province
     * filter), so more partitions than the workers can run side by side cost time; twice as many keep a dead
     * worker's share small (docs/workers.md).
     */
    static int partitionsFor(int configured, int consumers) {
        if (configured > 0) {
            return configured;
        }
        return consumers == 0 ? WITHOUT_WORKERS : Math.max(2, 2 * consumers);
    }

    @Bean
    PartitionedSteps brokerPartitionedSteps(JobRepository jobRepository, PartitionMetrics metrics,
                                            RemotePartitioningManagerStepBuilderFactory managers,
                                            RemotePartitioningWorkerStepBuilderFactory workers,
                                            AmqpAdmin admin,
                                            @Value("${fundclear.worker.enabled:false}") boolean worker,
                                            @Value("${fundclear.clear.partitions:0}") int partitions,
                                            @Value("${fundclear.broker.poll-ms:1000}") long pollMillis,
                                            @Value("${fundclear.broker.timeout-minutes:0}") long timeoutMinutes,
                                            @Value("${fundclear.broker.url}") String url,
                                            @Value("${fundclear.broker.queue:fundclear.clear.partitions}") String queue) {
        return new PartitionedSteps() {
            @Override
            public StepBuilder workerStep(String name) {
                return worker ? workers.get(name).inputChannel(partitionRequestsIn()).listener(metrics)
                        : new StepBuilder(name, jobRepository).listener(metrics);
            }

            @Override
            public Step managerStep(String name, Step workerStep, Partitioner partitioner,
                                    StepExecutionListener listener) {
                Partitioner forWorkers = ignored -> {
                    if (partitions > 0) {
                        return partitioner.partition(partitions);
                    }
                    var info = admin.getQueueInfo(queue);
                    int consumers = info == null ? 0 : info.getConsumerCount();
                    int grid = partitionsFor(partitions, consumers);
                    log.info("{}: {} partitions for {} consumers on {}", name, grid, consumers, queue);
                    return partitioner.partition(grid);
                };
                return managers.get(name).partitioner(workerStep.getName(), forWorkers)
                        .outputChannel(partitionRequestsOut()).pollInterval(pollMillis)
                        .timeout(timeoutMinutes <= 0 ? -1 : timeoutMinutes * 60_000).listener(listener).build();
            }

            @Override
            public Step managerStep(String name, Step workerStep, Partitioner partitioner,
                                    StepExecutionListener listener, SimpleAsyncTaskExecutor local) {
                return managerStep(name, workerStep, partitioner, listener);
            }

            @Override
            public String describe() {
                return "workers on queue " + queue + " at " + BrokerUrl.display(url);
            }
        };
    }
}

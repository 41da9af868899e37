package org.fundclear.jobs.cli.options;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --broker amqp://user:pass@host:port} (or environment {@code FUNDCLEAR_BROKER_URL}): the RabbitMQ that carries
 * the clear's and the audit's partitions to {@code ./fundclear worker} processes. Without it a clear or an audit runs
 * every partition itself.
 */
public class BrokerOption {
    @Option(names = "--broker", paramLabel = "URL",
            description = "RabbitMQ for remote partitions, amqp://user:pass@host:port (default: env FUNDCLEAR_BROKER_URL, "
                    + "else none: the partitions run in this process)")
    String url;

    @Option(names = "--queue", paramLabel = "NAME",
            description = "Queue of partition requests (default fundclear.clear.partitions)")
    String queue;

    /** The broker URL given, if any. */
    public String resolve() {
        String value = url != null ? url : System.getenv("FUNDCLEAR_BROKER_URL");
        return value == null || value.isBlank() ? null : value;
    }

    /** The Spring properties these options set (none when no option was given: environment and defaults apply). */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (url != null) {
            p.put("fundclear.broker.url", url);
        }
        if (queue != null) {
            p.put("fundclear.broker.queue", queue);
        }
        return p;
    }
}

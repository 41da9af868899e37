package org.fundclear.jobs.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the console: the same application as every command, as a servlet application on {@code port} (0: any free
 * port), logging to a file instead of the terminal. Sessions end after 30 idle minutes; the cookie is HttpOnly.
 */
public final class ConsoleServer {
    private ConsoleServer() {
    }

    public static ConfigurableApplicationContext start(DatabaseUrl db, int port, Path logFile) {
        return ApplicationContexts.start(db, properties(port, logFile));
    }

    public static Map<String, Object> properties(int port, Path logFile) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.main.web-application-type", "servlet");
        p.put("server.port", port);
        p.put("server.servlet.session.timeout", "30m");
        p.put("server.servlet.session.cookie.http-only", "true");
        p.put("server.servlet.session.cookie.same-site", "strict");
        p.put("server.servlet.session.persistent", "false");
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.include-message", "never");
        // health for probes (public, with the database's status but no details), prometheus for monitoring (MetricsSecurity)
        p.put("management.endpoints.web.exposure.include", "health,prometheus");
        p.put("management.endpoint.health.show-components", "always");
        p.put("logging.file.name", logFile.toAbsolutePath());
        p.put("logging.threshold.console", "OFF");
        p.put("spring.servlet.multipart.max-file-size", "1GB");
        p.put("spring.servlet.multipart.max-request-size", "4GB");
        return p;
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

package org.fundclear.jobs.partition;

import java.net.URI;

/** The broker's address for messages: without its password. */
public final class BrokerUrl {
    private BrokerUrl() {
    }

    public static String display(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getPath() == null ? "" : uri.getPath());
        } catch (RuntimeException e) {
            return "(an unreadable broker URL)";
        }
    }
}

package org.fundclear.jobs.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the data lives: {@code --db}, else {@code FUNDCLEAR_DB_URL}, else an H2 file database under
 * {@code ./data} in Oracle mode. AUTO_SERVER lets a second process open the same file, so a
 * concurrent run is refused by the application instead of by a file lock; a 512 MB page cache (H2
 * default 16 MB) keeps a month of a million settlements in memory while it is cleared.
 */
public record DatabaseUrl(String url, String user, String password) {

    public static DatabaseUrl resolve(String option) {
        String url = option != null ? option : System.getenv("FUNDCLEAR_DB_URL");
        if (url == null || url.isBlank()) {
            url = embedded(Path.of("data"));
        }
        String user = System.getenv().getOrDefault("FUNDCLEAR_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : null);
        return new DatabaseUrl(url, user, System.getenv("FUNDCLEAR_DB_PASSWORD"));
    }

    /** The embedded H2 file database {@code fundclear} in {@code dir}, with the settings every command uses. */
    public static String embedded(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("fundclear") + ";MODE=Oracle;AUTO_SERVER=TRUE;CACHE_SIZE=524288";
    }

    /** Spring properties for this database. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url);
        if (user != null) {
            p.put("spring.datasource.username", user);
        }
        if (password != null) {
            p.put("spring.datasource.password", password);
        }
        return p;
    }

    /** The URL without credentials, for messages. */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

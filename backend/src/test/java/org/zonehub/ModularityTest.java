package org.zonehub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features stay out of each other's internals; platform depends on no feature; no cycles. */
class ModularityTest {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(ZoneHubApplication.class).verify();
	}

}

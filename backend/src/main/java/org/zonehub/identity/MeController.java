package org.zonehub.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zonehub.platform.tenancy.Caller;
import org.zonehub.platform.tenancy.CurrentCaller;

@RestController
class MeController {

	private final CurrentCaller currentCaller;

	MeController(CurrentCaller currentCaller) {
		this.currentCaller = currentCaller;
	}

	@GetMapping("/api/me")
	Me me() {
		Caller caller = currentCaller.get();
		return new Me(caller.username(), caller.displayName(), caller.roles().stream().sorted().toList(),
				caller.zone(), caller.enterpriseId() == null ? null : caller.enterpriseId().toString());
	}

}

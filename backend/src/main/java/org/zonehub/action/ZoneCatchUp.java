package org.zonehub.action;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zonehub.platform.tenancy.TenancyGuard;
import org.zonehub.platform.tenancy.ZoneScope;
import org.zonehub.zone.ZoneApproved;

/**
 * A zone approved while national all-zones actions are launched receives their all-zones measures (those not
 * limited to a list of zones) as soon as its registration commits. Idempotent: it inserts only what the zone lacks,
 * so a redelivered event changes nothing; the daily marking does the same for any zone, in case.
 */
@Component
class ZoneCatchUp {

	private final TenancyGuard tenancy;

	private final AssignmentMapper assignments;

	private final Clock clock;

	ZoneCatchUp(TenancyGuard tenancy, AssignmentMapper assignments, Clock clock) {
		this.tenancy = tenancy;
		this.assignments = assignments;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ZoneApproved approved) {
		for (ZoneScope zone : tenancy.systemScopes()) {
			if (zone.zoneId() == approved.zoneId()) {
				assignments.catchUp(zone, clock.instant().truncatedTo(ChronoUnit.MILLIS));
			}
		}
	}

}

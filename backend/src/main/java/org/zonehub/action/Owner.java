package org.zonehub.action;

import org.zonehub.platform.tenancy.Caller;
import org.zonehub.platform.tenancy.ZoneScope;

/**
 * Who owns the actions being worked on: ministry (national actions) or one zone (its own actions, written by its
 * administrators). Made from a verified caller only.
 *
 * @param zone {@code null} for ministry
 */
record Owner(ZoneScope zone, String actor) {

	static Owner ministry(Caller caller) {
		return new Owner(null, caller.username());
	}

	/** A zone's own actions: its administrators write them (ministry reads them read-only in the zone's paths). */
	static Owner zone(ZoneScope zone) {
		zone.requireZoneAdmin();
		return new Owner(zone, zone.caller().username());
	}

	/** Demo seeding writes the national demo actions as ministry would. */
	static Owner demoMinistry() {
		return new Owner(null, "ministry");
	}

	Long zoneId() {
		return zone == null ? null : zone.zoneId();
	}

	boolean national() {
		return zone == null;
	}

}

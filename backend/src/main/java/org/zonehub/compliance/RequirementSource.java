package org.zonehub.compliance;

/** Where a requirement comes from: the ministry's national baseline, or the zone's own catalogue. */
public enum RequirementSource {

	BASELINE, ZONE

}

package org.zonehub.compliance;

/** A baseline version is edited as a draft, then published; a published one is never changed, only superseded. */
public enum BaselineStatus {

	DRAFT, PUBLISHED, SUPERSEDED

}

package org.zonehub.action;

/** What a zone reports about a measure. Done and not applicable (with a reason) complete it. */
public enum MeasureStatus {

	NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE;

	boolean completes() {
		return this == DONE || this == NOT_APPLICABLE;
	}

}

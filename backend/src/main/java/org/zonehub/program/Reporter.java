package org.zonehub.program;

/** Who reports a KPI of a program. */
public enum Reporter {

	/** Each enrolled enterprise reports its own figure. */
	ENTERPRISE,
	/** The zone reports one figure for the whole program. */
	ZONE

}

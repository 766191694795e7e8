package org.zonehub.program;

/** DRAFT → ACTIVE → CLOSED; figures are reported only while ACTIVE. */
public enum ProgramStatus {

	DRAFT, ACTIVE, CLOSED

}

package org.zonehub.compliance;

/** Compliance level of an approved assessment; the thresholds are in {@link Scoring}. */
public enum Level {

	A, B, C, D

}

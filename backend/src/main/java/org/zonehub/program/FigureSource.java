package org.zonehub.program;

/** Where a revision of a figure came from. */
public enum FigureSource {

	/** The enterprise's own monthly form. */
	ENTERPRISE,
	/** The zone's form (its program-level KPIs, or a correction). */
	ZONE,
	/** A zone's bulk import. */
	IMPORT

}

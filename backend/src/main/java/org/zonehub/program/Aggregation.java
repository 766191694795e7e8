package org.zonehub.program;

/** How a KPI adds up over time. */
public enum Aggregation {

	/** The months sum (export value, person-times). */
	FLOW,
	/** The latest value stands (warehouses, brands). */
	STOCK

}

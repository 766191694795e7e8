package org.zonehub.action;

/** A report: the zone's draft, then submitted (frozen), possibly returned by ministry asking for more. */
enum ReportState {

	DRAFT, SUBMITTED, RETURNED

}

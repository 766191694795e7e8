/**
 * Industrial-belt programs (产业带): the national KPI dictionary and the zones' own KPIs, programs with targets and
 * monthly plans, enrolment, monthly reporting in windows with revisions, confirmation, imports and progress.
 * Publishes events for the national rollup ({@link org.zonehub.program.ProgramActivated} and the others).
 */
package org.zonehub.program;

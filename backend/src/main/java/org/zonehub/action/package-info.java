/**
 * Special actions (专项行动): ministry's national actions and zones' own, their key tasks and numbered measures, the
 * fan-out to zones as assignments, per-measure reports with evidence, supervision (late measures, missing reports,
 * returns), replication nationwide and ministry's completion view. Publishes ActionLaunched, ActionReported,
 * ActionReportReturned and ActionClosed for the national rollup.
 */
package org.zonehub.action;

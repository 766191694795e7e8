/**
 * The national picture: per-zone figures kept up to date from the events of the enterprise, compliance, program and
 * special-action modules, so that ministry's views read one row per zone. Each month is
 * frozen when it closes. A rebuild recomputes a zone's figures from the source tables; incremental and rebuilt
 * figures are equal (RollupEqualityTest).
 */
package org.zonehub.rollup;

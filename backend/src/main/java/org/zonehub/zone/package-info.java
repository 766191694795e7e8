/**
 * Pilot zones, the tenants: their registry (ministry), their lifecycle approved → active → revoked / merged,
 * and registering a zone together with its first administrator.
 */
package org.zonehub.zone;

/**
 * The audit trail: every change to zones, enterprises and accounts (who, zone, entity, action, changed fields
 * before and after, when, request id), recorded from {@link org.zonehub.platform.events.EntityChanged} events.
 * Append-only: nothing updates or deletes it.
 */
package org.zonehub.audit;

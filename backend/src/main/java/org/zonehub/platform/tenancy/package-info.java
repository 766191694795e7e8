/**
 * The one place that reads the caller's zone and enterprise from the token and decides zone access.
 * Tenant-scoped mapper statements take a {@link org.zonehub.platform.tenancy.ZoneScope} and include the shared
 * predicate {@code org.zonehub.platform.tenancy.TenantSql.zoneScoped}.
 */
package org.zonehub.platform.tenancy;

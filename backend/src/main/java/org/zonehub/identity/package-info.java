/**
 * Identity: who the caller is ({@code /api/me}) and the Keycloak accounts ZoneHub provisions through the
 * admin API (zone administrators, later enterprise users). Only this module talks to Keycloak's admin API.
 */
package org.zonehub.identity;

/** Realm roles as the backend reports them in GET /api/me. Client-side checks are a convenience; the server decides. */
const ROLES = ['ministry', 'zone-admin', 'enterprise'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}

type Caller = { roles: readonly string[]; zone?: string | null };

/** May change the zone's data (its enterprises, their accounts, imports): only the zone's own administrators. */
export function canManageZone(caller: Caller, zoneCode: string): boolean {
  return hasRole(caller.roles, 'zone-admin') && caller.zone === zoneCode;
}

/** May read the zone's registry, imports and trail: its administrators, and ministry for any zone. */
export function isZoneStaff(caller: Caller, zoneCode: string): boolean {
  return hasRole(caller.roles, 'ministry') || canManageZone(caller, zoneCode);
}

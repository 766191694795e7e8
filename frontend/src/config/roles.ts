/** Realm roles as the backend reports them in GET /api/me. Client-side checks are a convenience; the server decides. */
const ROLES = ['ministry', 'zone-admin', 'enterprise'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role);
}

import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { hasRole } from '@/config/roles';
import { useMe } from '@/features/me/api/get-me';
import type { Me } from '@/types/api';

function homePathFor(me: Me): string {
  if (hasRole(me.roles, 'ministry')) return paths.national.getHref();
  // An enterprise user's home is its own enterprise.
  if (me.zone && me.enterpriseId && hasRole(me.roles, 'enterprise')) {
    return paths.zoneEnterprise.getHref(me.zone, me.enterpriseId);
  }
  if (me.zone) return paths.zoneHome.getHref(me.zone);
  return paths.me.getHref();
}

/** '/' is where Keycloak returns to; it forwards each role to its own home. */
export function HomeRedirect() {
  const { data: me } = useMe();
  return <Navigate to={homePathFor(me)} replace />;
}

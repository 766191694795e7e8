import { Menu, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { MainLayout } from '@/components/layouts/main-layout';
import { PageSpinner } from '@/components/page-spinner';
import { paths } from '@/config/paths';
import { hasRole } from '@/config/roles';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMe } from '@/features/me/api/get-me';
import { RoleTags } from '@/features/me/components/role-tags';
import { useI18n } from '@/lib/i18n';
import type { Me } from '@/types/api';
import type { Messages } from '@/locales/zh-CN';

type NavItem = { href: string; label: string };

/** What the menu offers each role; the server still checks every request. */
function navItems(me: Me, t: Messages): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me.roles, 'ministry')) items.push({ href: paths.nationalZones.getHref(), label: t.nav.nationalZones });
  if (me.zone) items.push({ href: paths.zoneHome.getHref(me.zone), label: t.nav.zoneHome });
  items.push({ href: paths.me.getHref(), label: t.nav.me });
  return items;
}

/** The signed-in frame: header, role-based navigation, and the current page. */
export function AppRoot() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const { pathname } = useLocation();

  const items = navItems(me, t);
  const menuItems: MenuProps['items'] = items.map(({ href, label }) => ({ key: href, label: <Link to={href}>{label}</Link> }));
  const selected = items.filter(({ href }) => pathname.startsWith(href)).map(({ href }) => href);

  return (
    <MainLayout
      title={t.app.name}
      nav={<Menu mode="inline" aria-label="main" items={menuItems} selectedKeys={selected} style={{ height: '100%' }} />}
      headerExtra={
        <>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <RoleTags roles={me.roles} />
          {me.zone && <Typography.Text type="secondary">{t.header.zone(me.zone)}</Typography.Text>}
          <LanguageSwitch />
          <SignOutButton />
        </>
      }
    >
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </MainLayout>
  );
}

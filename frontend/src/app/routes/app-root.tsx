import { Menu, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { MainLayout } from '@/components/layouts/main-layout';
import { PageSpinner } from '@/components/page-spinner';
import { paths } from '@/config/paths';
import { canManageZone, hasRole } from '@/config/roles';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { countOf, useInbox } from '@/features/inbox/api/get-inbox';
import { InboxButton } from '@/features/inbox/components/inbox-button';
import { useMe } from '@/features/me/api/get-me';
import { RoleTags } from '@/features/me/components/role-tags';
import { useI18n } from '@/lib/i18n';
import type { Inbox, Me } from '@/types/api';
import type { Messages } from '@/locales/zh-CN';

type NavItem = { href: string; label: string };

/** The zone the current page belongs to, if any (ministry drills into any zone, read-only). */
function zoneOf(pathname: string): string | undefined {
  return matchPath({ path: '/zones/:code', end: false }, pathname)?.params.code;
}

/** What the menu offers each role; the server still checks every request. */
function navItems(me: Me, pathname: string, t: Messages, inbox?: Inbox): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me.roles, 'ministry')) {
    items.push(
      { href: paths.national.getHref(), label: t.nav.national },
      { href: paths.nationalZones.getHref(), label: t.nav.nationalZones },
      { href: paths.nationalActions.getHref(), label: t.nav.nationalActions },
    );
    const zone = zoneOf(pathname);
    if (zone) {
      items.push(
        { href: paths.zoneHome.getHref(zone), label: `${t.nav.zoneHome} · ${zone}` },
        { href: paths.zoneCompliance.getHref(zone), label: t.nav.compliance },
        { href: paths.zoneAssessments.getHref(zone), label: t.nav.assessments },
        { href: paths.zoneRectifications.getHref(zone), label: t.nav.rectifications },
        { href: paths.zoneActions.getHref(zone), label: t.nav.actions },
        { href: paths.zonePrograms.getHref(zone), label: t.programs.nav },
        { href: paths.zoneEnterprises.getHref(zone), label: t.nav.enterprises },
        { href: paths.zoneAudit.getHref(zone), label: t.nav.audit },
      );
    }
  } else if (me.zone && canManageZone(me, me.zone)) {
    items.push(
      { href: paths.zoneHome.getHref(me.zone), label: t.nav.zoneHome },
      { href: paths.zoneCompliance.getHref(me.zone), label: t.nav.compliance },
      { href: paths.zoneReviewQueue.getHref(me.zone), label: t.nav.reviewQueue },
      { href: paths.zoneAssessments.getHref(me.zone), label: t.nav.assessments },
      { href: paths.zoneRectifications.getHref(me.zone), label: t.nav.rectifications },
      { href: paths.zoneActions.getHref(me.zone), label: inboxLabel(t.nav.actions, countOf(inbox, 'action')) },
      { href: paths.zonePrograms.getHref(me.zone), label: inboxLabel(t.programs.nav, countOf(inbox, 'program')) },
      { href: paths.zoneEnterprises.getHref(me.zone), label: t.nav.enterprises },
      { href: paths.zoneEnterpriseImport.getHref(me.zone), label: t.nav.enterpriseImport },
      { href: paths.zoneAudit.getHref(me.zone), label: t.nav.audit },
    );
  } else if (me.zone) {
    if (me.enterpriseId) {
      items.push({ href: paths.zoneEnterprise.getHref(me.zone, me.enterpriseId), label: t.nav.myEnterprise });
    }
    if (hasRole(me.roles, 'enterprise')) {
      items.push(
        { href: paths.zoneAssessments.getHref(me.zone), label: t.nav.selfAssessment },
        { href: paths.zoneRectifications.getHref(me.zone), label: t.nav.rectifications },
        { href: paths.zonePrograms.getHref(me.zone), label: inboxLabel(t.programs.navMine, countOf(inbox, 'program')) },
      );
    }
    items.push({ href: paths.zoneHome.getHref(me.zone), label: t.nav.zoneHome });
  }
  items.push({ href: paths.me.getHref(), label: t.nav.me });
  return items;
}

/** A menu label with the number of to-do items waiting, when there are any. */
function inboxLabel(label: string, total: number): string {
  return total > 0 ? `${label} (${total})` : label;
}

/** The menu entry of the current page: the longest link the path lies under (/enterprises/import, not /enterprises). */
function selectedHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .map(({ href }) => href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The signed-in frame: header, role-based navigation, and the current page. */
export function AppRoot() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const { pathname } = useLocation();

  // zone administrators and enterprise users have an inbox; ministry waits for nobody inside a zone
  const inboxZone = me.zone && (canManageZone(me, me.zone) || hasRole(me.roles, 'enterprise')) ? me.zone : undefined;
  const { data: inbox } = useInbox(inboxZone);
  const items = navItems(me, pathname, t, inbox);
  const menuItems: MenuProps['items'] = items.map(({ href, label }) => ({ key: href, label: <Link to={href}>{label}</Link> }));
  const selected = selectedHref(items, pathname);

  return (
    <MainLayout
      title={t.app.name}
      nav={
        <Menu
          mode="inline"
          aria-label="main"
          items={menuItems}
          selectedKeys={selected ? [selected] : []}
          style={{ height: '100%' }}
        />
      }
      headerExtra={
        <>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <RoleTags roles={me.roles} />
          {me.zone && <Typography.Text type="secondary">{t.header.zone(me.zone)}</Typography.Text>}
          {inboxZone && <InboxButton zone={inboxZone} inbox={inbox} />}
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

import { Flex, Layout, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** Right side of the header: who is signed in, language, sign-out. */
  headerExtra: ReactNode;
  nav: ReactNode;
  children: ReactNode;
};

export function MainLayout({ title, headerExtra, nav, children }: Props) {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: token.margin,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: token.paddingLG,
        }}
      >
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {title}
        </Typography.Title>
        <Flex align="center" gap="small" wrap>
          {headerExtra}
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          {nav}
        </Layout.Sider>
        <Layout.Content style={{ padding: token.paddingLG }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ES-module builds: Vite 8 hands a CommonJS default import over as module.exports, which for
// antd/locale/* is { default: locale } and leaves antd's own texts in English.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Suspense, type ReactNode } from 'react';
import { PageSpinner } from '@/components/page-spinner';
import { I18nProvider, useI18n, type Locale } from '@/lib/i18n';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } satisfies Record<Locale, unknown>;

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

type Props = { queryClient: QueryClient; children: ReactNode };

export function AppProvider({ queryClient, children }: Props) {
  return (
    <I18nProvider>
      <LocalizedAntd>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<PageSpinner />}>{children}</Suspense>
        </QueryClientProvider>
      </LocalizedAntd>
    </I18nProvider>
  );
}

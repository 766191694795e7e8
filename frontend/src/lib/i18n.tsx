import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import { en } from '@/locales/en';
import { zhCN, type Messages } from '@/locales/zh-CN';

dayjs.extend(localizedFormat);

export type Locale = 'zh-CN' | 'en';

/** Each language is offered under its own name, so these labels are not translated. */
export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };
const STORAGE_KEY = 'zonehub.locale';

export function storedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

function applyLocale(locale: Locale) {
  // antd's DatePicker reads dayjs' global locale.
  dayjs.locale(DAYJS_LOCALES[locale]);
  document.documentElement.lang = locale;
}

type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Messages;
  /** An ISO date (YYYY-MM-DD) as the locale writes it: 2016年1月6日, January 6, 2016. */
  formatDate: (isoDate: string) => string;
  /** An instant (ISO 8601) as date and time in the browser's time zone: 2026年1月1日 08:00, Jan 1, 2026, 8:00 AM. */
  formatDateTime: (instant: string) => string;
  /** An amount in yuan as the locale writes money: ¥12,345,678.50, CN¥12,345,678.50. */
  formatMoney: (yuan: number) => string;
  /** A count with the locale's grouping: 50,000. */
  formatNumber: (n: number) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(() => {
    const initial = storedLocale();
    applyLocale(initial);
    return initial;
  });

  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
    const number = new Intl.NumberFormat(locale);
    return {
      locale,
      setLocale: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        applyLocale(next);
        setLocaleState(next);
      },
      t: MESSAGES[locale],
      formatDate: (isoDate) => dayjs(isoDate).locale(DAYJS_LOCALES[locale]).format('LL'),
      formatDateTime: (instant) => dateTime.format(new Date(instant)),
      formatMoney: (yuan) => money.format(yuan),
      formatNumber: (n) => number.format(n),
    };
  }, [locale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

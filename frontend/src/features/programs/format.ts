import type { Locale } from '@/lib/i18n';

const YI = 100_000_000;
const WAN = 10_000;

/**
 * A KPI value as Chinese reports write it: money in 亿元 from 100 million yuan, in 万元 from 10,000, else in 元
 * (English: CNY bn / m); other units as counts. Values arrive in yuan (the server keeps yuan).
 */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale, unitLabel = ''): string {
  if (value === null || value === undefined) return '—';
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
  if (unit === 'CNY') {
    const size = Math.abs(value);
    if (locale === 'zh-CN') {
      if (size >= YI) return `${number(value / YI, 2)} 亿元`;
      if (size >= WAN) return `${number(value / WAN, 2)} 万元`;
      return `${number(value, 2)} 元`;
    }
    if (size >= 1_000_000_000) return `CNY ${number(value / 1_000_000_000, 2)} bn`;
    if (size >= 1_000_000) return `CNY ${number(value / 1_000_000, 2)} m`;
    return `CNY ${number(value, 2)}`;
  }
  const text = number(value, 2);
  return unitLabel ? `${text} ${unitLabel}` : text;
}

/** The scale a chart of this KPI draws in (money in 万元 / CNY m), so its axis reads like its table. */
export function chartScale(unit: string, locale: Locale): { divisor: number; suffix: string } {
  if (unit !== 'CNY') return { divisor: 1, suffix: '' };
  return locale === 'zh-CN' ? { divisor: WAN, suffix: '万元' } : { divisor: 1_000_000, suffix: 'CNY m' };
}

export function percent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
}

import { Segmented } from 'antd';
import { LOCALES, useI18n } from '@/lib/i18n';

export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  return <Segmented size="small" value={locale} onChange={setLocale} options={LOCALES} />;
}

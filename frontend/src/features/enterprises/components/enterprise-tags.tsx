import { Space, Tag } from 'antd';
import { STATUS_COLORS } from '@/features/enterprises/labels';
import { useI18n } from '@/lib/i18n';
import type { CustomsMode, EnterpriseKind, EnterpriseStatus } from '@/types/api';

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t.enterprises.status[status]}</Tag>;
}

export function KindTags({ kinds }: { kinds: EnterpriseKind[] }) {
  const { t } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {kinds.map((kind) => (
        <Tag key={kind} color="blue">
          {t.enterprises.kind[kind]}
        </Tag>
      ))}
    </Space>
  );
}

/** Modes by their code in lists (short), by their full name where there is room. */
export function ModeTags({ modes, full = false }: { modes: CustomsMode[]; full?: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {modes.map((mode) => (
        <Tag key={mode} color="purple" title={t.enterprises.mode[mode]}>
          {full ? t.enterprises.mode[mode] : mode}
        </Tag>
      ))}
    </Space>
  );
}

import { Button, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n';
import type { Program } from '@/types/api';
import { usePrograms } from '../api/programs';
import { CreateProgram } from './create-program';

const STATUS_COLOR: Record<string, string> = { DRAFT: 'default', ACTIVE: 'processing', CLOSED: 'success' };

type Props = {
  zone: string;
  /** Zone administrators create programs; everyone else reads. */
  canManage: boolean;
  hrefOf: (id: number) => string;
};

/** The zone's programs (an enterprise user: the ones it takes part in). */
export function ProgramList({ zone, canManage, hrefOf }: Props) {
  const { t } = useI18n();
  const texts = t.programs;
  const { data, error, isLoading } = usePrograms(zone);
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap="middle">
      {error && <ProblemAlert error={error} />}
      {canManage && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-program">
            {texts.create}
          </Button>
        </Flex>
      )}
      <Table<Program>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={texts.empty} /> }}
        data-testid="program-list"
        columns={[
          {
            key: 'name',
            title: texts.name,
            render: (_, program) => <Link to={hrefOf(program.id)}>{program.nameZh}</Link>,
          },
          { key: 'industry', title: texts.industry, dataIndex: 'industry' },
          { key: 'leadUnit', title: texts.leadUnit, dataIndex: 'leadUnit' },
          {
            key: 'months',
            title: texts.months,
            render: (_, program) => `${program.startMonth} ~ ${program.endMonth}`,
          },
          { key: 'enrolled', title: texts.enrolled, dataIndex: 'enrolled', align: 'right' },
          {
            key: 'status',
            title: texts.status,
            render: (_, program) => <Tag color={STATUS_COLOR[program.status]}>{texts.statuses[program.status]}</Tag>,
          },
        ]}
      />
      {creating && <CreateProgram zone={zone} onClose={() => setCreating(false)} hrefOf={hrefOf} />}
    </Flex>
  );
}

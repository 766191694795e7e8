import { Alert, Button, DatePicker, Flex, Input, Table, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useI18n } from '@/lib/i18n';
import type { Enrolment, Program } from '@/types/api';
import { useEnrol, useEnrolFromSheet, useEnrolments } from '../api/programs';

/** Who takes part; the zone enrols enterprises by id from a month. */
export function EnrolmentPanel({ zone, program, canManage }: { zone: string; program: Program; canManage: boolean }) {
  const { t } = useI18n();
  const texts = t.programs;
  const { data, error } = useEnrolments(zone, program.id);
  const enrol = useEnrol(zone, program.id);
  const fromSheet = useEnrolFromSheet(zone, program.id);
  const result = enrol.data ?? fromSheet.data;
  const failure = enrol.error ?? fromSheet.error;
  const [ids, setIds] = useState('');
  const [month, setMonth] = useState<Dayjs>(dayjs(program.startMonth));
  const submit = () => {
    const enterpriseIds = ids
      .split(/[,，\s]+/)
      .map((part) => Number(part))
      .filter((n) => Number.isInteger(n) && n > 0);
    enrol.mutate({ month: month.format('YYYY-MM'), enterpriseIds }, { onSuccess: () => setIds('') });
  };
  return (
    <Flex vertical gap="middle">
      {error && <ProblemAlert error={error} />}
      {canManage && program.status !== 'CLOSED' && (
        <Flex gap="small" wrap>
          <Input
            style={{ width: 320 }}
            placeholder={texts.enterpriseIds}
            value={ids}
            onChange={(event) => setIds(event.target.value)}
            data-testid="enrol-ids"
          />
          <DatePicker picker="month" value={month} onChange={(value) => value && setMonth(value)} allowClear={false} />
          <Button type="primary" onClick={submit} loading={enrol.isPending} data-testid="enrol-submit">
            {texts.enrol}
          </Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              fromSheet.mutate({ file, month: month.format('YYYY-MM') });
              return false;
            }}
          >
            <Button loading={fromSheet.isPending}>{texts.enrolSheet}</Button>
          </Upload>
        </Flex>
      )}
      {failure && <ProblemAlert error={failure} />}
      {result && (
        <Alert
          type="success"
          showIcon
          data-testid="enrol-result"
          message={texts.enrolResult(result.enrolled, result.alreadyEnrolled, result.notFound.length)}
        />
      )}
      <Table<Enrolment>
        rowKey="enterpriseId"
        size="small"
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="enrolment-table"
        columns={[
          { key: 'name', title: texts.enterprise, render: (_, row) => row.nameZh ?? row.enterpriseId },
          { key: 'code', title: texts.creditCode, dataIndex: 'creditCode' },
          { key: 'from', title: texts.enrolMonth, dataIndex: 'enrolledMonth' },
          { key: 'left', title: texts.leftMonth, render: (_, row) => row.leftMonth ?? '—' },
        ]}
      />
    </Flex>
  );
}

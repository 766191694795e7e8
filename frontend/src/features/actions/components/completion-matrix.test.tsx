import { screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { CompletionMatrix } from '@/features/actions/components/completion-matrix';
import { toActionForm } from '@/features/actions/components/action-editor';
import { aCompletion } from '@/testing/action-data';
import { renderWithProviders } from '@/testing/test-utils';
import dayjs from 'dayjs';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

describe('completion matrix', () => {
  it('colours each zone × measure cell by its status, marks late ones, and leaves unassigned cells empty', async () => {
    const opened: number[] = [];
    renderWithProviders(<CompletionMatrix completion={aCompletion()} onCell={(_, cell) => opened.push(cell.assignmentId)} />);

    const done = await screen.findByTestId('cell-ningbo-1');
    expect(done).toHaveAttribute('data-status', 'DONE');
    expect(done).toHaveAccessibleName('ningbo 1 已完成');
    expect(screen.getByTestId('cell-hangzhou-1')).toHaveAttribute('data-light', 'RED');
    expect(done).toHaveAttribute('data-light', 'NONE');
    expect(screen.queryByTestId('cell-hangzhou-2')).not.toBeInTheDocument();
    expect(screen.getByText('50% (1/2)')).toBeInTheDocument();

    await user.click(done);
    expect(opened).toEqual([102]);
  });
});

describe('action editor form', () => {
  it('groups measures into key tasks in the order they appear and lists the zones', () => {
    const due = dayjs('2025-09-30');
    const form = toActionForm(
      {
        nameZh: '行动',
        nameEn: 'Action',
        year: 2025,
        leadDepartment: '海关总署',
        window: [dayjs('2025-04-01'), due],
        scope: 'list',
        zones: 'ningbo，hangzhou',
        measures: [
          { keyTask: '高效跨境物流', number: '1', titleZh: '甲', titleEn: 'A', leadDepartment: '海关总署', dueDate: due },
          { keyTask: '智慧监管', number: '2', titleZh: '乙', titleEn: 'B', leadDepartment: '海关总署', dueDate: due },
          { keyTask: '高效跨境物流', number: '3', titleZh: '丙', titleEn: 'C', leadDepartment: '商务部', dueDate: due },
        ],
      },
      true,
    );
    expect(form.zones).toEqual(['ningbo', 'hangzhou']);
    expect(form.allZones).toBe(false);
    expect(form.keyTasks.map((task) => [task.titleZh, task.measures.map((measure) => measure.number)])).toEqual([
      ['高效跨境物流', ['1', '3']],
      ['智慧监管', ['2']],
    ]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { CreateZone } from '@/features/zones/components/create-zone';
import { aZone } from '@/testing/data';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';
import type { CreateZoneRequest } from '@/types/api';

// user-event's pointer-events check reads computed styles of every ancestor: slow with antd's style sheets.
const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** The form item (label, input, messages) around the field with this label. */
function formItem(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function enter(label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

/** Searches first: antd's virtual list renders only the first options in jsdom. */
async function chooseOption(label: string, option: string) {
  await enter(label, option);
  await user.click(await screen.findByTitle(option));
}

async function fillInZone({ withAdmin }: { withAdmin: boolean }) {
  await user.click(screen.getByRole('button', { name: /新建综试区/ }));
  await screen.findByLabelText('综试区代码');
  await enter('综试区代码', 'ningbo');
  await chooseOption('省份', '浙江省');
  await enter('中文名称', '中国（宁波）跨境电子商务综合试验区');
  await enter('英文名称', 'China (Ningbo) Pilot Zone');
  await enter('批次', '2');
  await user.type(screen.getByLabelText('获批日期'), '2016-01-06{Enter}');
  if (withAdmin) {
    await enter('邮箱', 'admin@ningbo.example');
    await enter('姓', '李');
    await enter('名', '宁');
  }
}

// antd modals with many fields are slow to render in jsdom on a busy 2-core machine.
describe('create zone', { timeout: 45_000 }, () => {
  it('shows the server field errors on the fields they name', async () => {
    server.use(
      http.post('/api/national/zones', ({ request }) =>
        problem(request, 'validation-failed', {
          errors: [
            { field: 'code', code: 'zone.code-format' },
            { field: 'firstAdmin.email', code: 'field.email' },
          ],
        }),
      ),
    );
    renderWithProviders(<CreateZone />);

    await fillInZone({ withAdmin: true });
    await user.click(screen.getByRole('button', { name: '创 建' }));

    await waitFor(() =>
      expect(
        within(formItem('综试区代码')).getByText('须为 2 到 32 个小写字母、数字或连字符，并以字母开头'),
      ).toBeInTheDocument(),
    );
    expect(within(formItem('邮箱')).getByText('不是有效的邮箱地址')).toBeInTheDocument();
    expect(within(formItem('中文名称')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the approval date as YYYY-MM-DD and shows the first administrator once', async () => {
    let sent: CreateZoneRequest | undefined;
    server.use(
      http.post('/api/national/zones', async ({ request }) => {
        sent = (await request.json()) as CreateZoneRequest;
        return HttpResponse.json(
          {
            zone: aZone(),
            firstAdmin: { username: 'ningbo-admin-2', email: 'admin@ningbo.example', temporaryPassword: 'Tmp-7q2X' },
          },
          { status: 201 },
        );
      }),
    );
    renderWithProviders(<CreateZone />);

    await fillInZone({ withAdmin: true });
    await user.click(screen.getByRole('button', { name: '创 建' }));

    const dialog = (await screen.findByText('首位管理员账号已创建')).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('ningbo-admin-2')).toBeInTheDocument();
    expect(within(dialog).getByTestId('temporary-password')).toHaveTextContent('Tmp-7q2X');
    expect(within(dialog).getByText(/只显示这一次/)).toBeInTheDocument();
    expect(sent).toMatchObject({
      code: 'ningbo',
      province: '浙江省',
      batch: 2,
      approvedOn: '2016-01-06',
      firstAdmin: { email: 'admin@ningbo.example', lastName: '李', firstName: '宁' },
    });
  });

  it('leaves the first administrator out when none is given', async () => {
    let sent: CreateZoneRequest | undefined;
    server.use(
      http.post('/api/national/zones', async ({ request }) => {
        sent = (await request.json()) as CreateZoneRequest;
        return HttpResponse.json({ zone: aZone(), firstAdmin: null }, { status: 201 });
      }),
    );
    renderWithProviders(<CreateZone />);

    await fillInZone({ withAdmin: false });
    await user.click(screen.getByRole('button', { name: '创 建' }));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).not.toHaveProperty('firstAdmin');
    expect(screen.queryByText('首位管理员账号已创建')).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { LanguageSwitch } from '@/components/language-switch';
import { CreateEnterprise } from '@/features/enterprises/components/create-enterprise';
import { EnterpriseActions } from '@/features/enterprises/components/enterprise-actions';
import { anEnterprise } from '@/testing/data';
import { problem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderWithProviders } from '@/testing/test-utils';
import type { EnterpriseForm } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** The form item (label, input, messages) around the field with this label. */
function formItem(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function enter(label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillInNewEnterprise() {
  await user.click(screen.getByRole('button', { name: /新增企业/ }));
  await screen.findByLabelText('统一社会信用代码');
  await enter('统一社会信用代码', '91330206ma2afxxx1q');
  await enter('企业名称', '宁波海曙跨境电商有限公司');
  await user.click(screen.getByRole('checkbox', { name: '卖家' }));
  await user.click(screen.getByRole('checkbox', { name: '9610 跨境电商B2C出口' }));
  await enter('联系电话', 'call me');
}

// antd modals with many fields are slow to render in jsdom on a busy 2-core machine.
describe('enterprise form', { timeout: 60_000 }, () => {
  it('shows the server field errors on the fields they name', async () => {
    let sent: EnterpriseForm | undefined;
    server.use(
      http.post('/api/zones/ningbo/enterprises', async ({ request }) => {
        sent = (await request.json()) as EnterpriseForm;
        return problem(request, 'validation-failed', {
          errors: [
            { field: 'contactPhone', code: 'field.phone-format' },
            { field: 'nameZh', code: 'field.size', args: [0, 200] },
          ],
        });
      }),
    );
    renderWithProviders(<CreateEnterprise zone="ningbo" />);

    await fillInNewEnterprise();
    await user.click(screen.getByRole('button', { name: '创 建' }));

    await waitFor(() => expect(within(formItem('联系电话')).getByText('不是有效的电话号码')).toBeInTheDocument());
    expect(within(formItem('企业名称')).getByText('长度须在 0 到 200 之间')).toBeInTheDocument();
    expect(screen.queryByLabelText('赋码例外说明')).not.toBeVisible();
    // Blank optional fields are left out; the code is sent upper-cased.
    expect(sent).toEqual({
      creditCode: '91330206MA2AFXXX1Q',
      nameZh: '宁波海曙跨境电商有限公司',
      kinds: ['SELLER'],
      customsModes: ['9610'],
      contactPhone: 'call me',
    });
  });

  it('asks for an exception reason when only the check character is wrong, and sends it', async () => {
    const sent: EnterpriseForm[] = [];
    server.use(
      http.post('/api/zones/ningbo/enterprises', async ({ request }) => {
        const form = (await request.json()) as EnterpriseForm;
        sent.push(form);
        if (!form.creditCodeOverrideReason) {
          return problem(request, 'validation-failed', {
            errors: [{ field: 'creditCode', code: 'credit-code.check-character' }],
          });
        }
        return HttpResponse.json(anEnterprise({ id: 9, creditCodeOverrideReason: form.creditCodeOverrideReason }), {
          status: 201,
        });
      }),
    );
    renderWithProviders(<CreateEnterprise zone="ningbo" />);

    await fillInNewEnterprise();
    await user.clear(screen.getByLabelText('联系电话'));
    await user.click(screen.getByRole('button', { name: '创 建' }));

    expect(await screen.findByText('统一社会信用代码的校验位（第18位）不正确')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('赋码例外说明')).toBeVisible());
    await enter('赋码例外说明', '2015年前赋码，经市场监管局核实');
    await user.click(screen.getByRole('button', { name: '创 建' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ creditCode: '91330206MA2AFXXX1Q', creditCodeOverrideReason: '2015年前赋码，经市场监管局核实' });
    expect(await screen.findByText('已新增「宁波海曙跨境电商有限公司」')).toBeInTheDocument();
  });

  it('puts a credit code registered elsewhere in the zone on its field, in the language the user chose', async () => {
    server.use(
      http.put('/api/zones/ningbo/enterprises/1', ({ request }) =>
        problem(request, 'credit-code-taken', { errors: [{ field: 'creditCode', code: 'credit-code.in-use' }] }),
      ),
    );
    renderWithProviders(
      <>
        <LanguageSwitch />
        <EnterpriseActions zone="ningbo" enterprise={anEnterprise()} />
      </>,
    );

    await user.click(screen.getByRole('button', { name: /编辑/ }));
    await user.click(await screen.findByRole('button', { name: '保 存' }));

    // A 409 that names a field is no stale version: no reload offered, no exception reason asked for.
    expect(await within(formItem('统一社会信用代码')).findByText('已在本综试区登记')).toBeInTheDocument();
    expect(screen.queryByTestId('enterprise-conflict')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('赋码例外说明')).not.toBeVisible();

    await user.click(screen.getByText('English'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await within(formItem('Unified social credit code')).findByText('is already registered in this zone'),
    ).toBeInTheDocument();
  });

  it('says someone else changed the enterprise on a 409 and reloads the latest version', async () => {
    const sent: EnterpriseForm[] = [];
    server.use(
      http.put('/api/zones/ningbo/enterprises/1', async ({ request }) => {
        const form = (await request.json()) as EnterpriseForm;
        sent.push(form);
        return form.version === 3
          ? problem(request, 'stale-version')
          : HttpResponse.json(anEnterprise({ ...form, version: 5 }));
      }),
      http.get('/api/zones/ningbo/enterprises/1', () =>
        HttpResponse.json(anEnterprise({ nameZh: '宁波海曙跨境电商集团有限公司', version: 4 })),
      ),
    );
    renderWithProviders(<EnterpriseActions zone="ningbo" enterprise={anEnterprise()} />);

    await user.click(screen.getByRole('button', { name: /编辑/ }));
    await user.clear(await screen.findByLabelText('地址'));
    await enter('地址', '宁波市海曙区新址路8号');
    await user.click(screen.getByRole('button', { name: '保 存' }));

    const conflict = await screen.findByTestId('enterprise-conflict');
    expect(conflict).toHaveTextContent('该企业已被他人修改');
    expect(conflict).toHaveTextContent('重新加载可查看最新数据');
    expect(conflict).toHaveTextContent('此记录已被他人修改，请刷新后重试。');
    expect(sent[0]).toMatchObject({ version: 3, address: '宁波市海曙区新址路8号' });

    await user.click(within(conflict).getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(screen.getByLabelText('企业名称')).toHaveValue('宁波海曙跨境电商集团有限公司'));
    expect(screen.queryByTestId('enterprise-conflict')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ version: 4, nameZh: '宁波海曙跨境电商集团有限公司' });
  });
});

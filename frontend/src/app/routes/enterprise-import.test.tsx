import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { File as NodeFile } from 'node:buffer';
import { anImportJob, ningboAdmin } from '@/testing/data';
import { signedInAs } from '@/testing/mocks/handlers';
import { problem, serverMessage } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import type { ImportJob, ImportJobPage } from '@/types/api';

const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

const CSV = '统一社会信用代码,企业名称,企业类型\n91330206MA2AFXXX1P,宁波甲公司,卖家\n';

/**
 * fetch here is Node's, which cannot serialize jsdom's FormData or File (a browser has one kind of each, so the
 * app needs no such care): the tests give the page Node's FormData and pick Node's Files.
 */
async function useNodeFormData() {
  const NodeFormData = (await new Response(new URLSearchParams('probe=1')).formData()).constructor;
  vi.stubGlobal('FormData', NodeFormData);
}

/** Picks a file in the upload's file input. */
function chooseFile(file: NodeFile) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('enterprise import', { timeout: 90_000 }, () => {
  beforeEach(useNodeFormData);
  afterEach(() => vi.unstubAllGlobals());

  it('uploads the file, shows the progress while the job runs, then the counts and the row errors', async () => {
    server.use(signedInAs(ningboAdmin));
    let uploaded: File | undefined;
    // The job as successive polls see it: queued, half done, finished with one bad row.
    const polls: ImportJob[] = [
      anImportJob({ status: 'RUNNING', totalRows: 4, processedRows: 2 }),
      anImportJob({
        status: 'SUCCEEDED',
        totalRows: 4,
        processedRows: 4,
        createdCount: 3,
        rejectedCount: 1,
        errorCount: 1,
        errors: [
          {
            row: 5,
            column: '统一社会信用代码',
            field: 'creditCode',
            code: 'credit-code.check-character',
            args: [],
            message: serverMessage('credit-code.check-character'),
          },
        ],
        finishedAt: '2026-01-05T00:00:03Z',
      }),
    ];
    let asked = 0;
    server.use(
      http.post('/api/zones/ningbo/enterprise-imports', async ({ request }) => {
        const file = (await request.formData()).get('file');
        // Node's File, not jsdom's: no instanceof.
        uploaded = typeof file === 'string' || file === null ? undefined : (file as File);
        return HttpResponse.json(anImportJob(), { status: 202 });
      }),
      http.get('/api/zones/ningbo/enterprise-imports/7', () => {
        const job = polls[Math.min(asked, polls.length - 1)];
        asked += 1;
        return HttpResponse.json(job);
      }),
      http.get('/api/zones/ningbo/enterprise-imports', () =>
        HttpResponse.json<ImportJobPage>({ items: [anImportJob()], page: 0, size: 10, total: 1 }),
      ),
    );
    renderApp('/zones/ningbo/enterprises/import');

    await screen.findByText('点击或拖拽文件到此处上传');
    chooseFile(new NodeFile([CSV], 'enterprises.csv', { type: 'text/csv' }));

    // While it runs: a progress bar over processedRows / totalRows.
    const progress = await screen.findByRole('progressbar');
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '50'));
    expect(screen.getByText('已处理 2 / 4 行')).toBeInTheDocument();
    expect(within(screen.getByTestId('import-job')).getByTestId('import-status')).toHaveTextContent('导入中');
    expect(uploaded?.name).toBe('enterprises.csv');
    expect(await uploaded?.text()).toBe(CSV);

    // A second later: the result.
    const errors = await screen.findByTestId('import-errors');
    const row = within(errors).getByText('5').closest('tr') as HTMLElement;
    expect(within(row).getByText('统一社会信用代码')).toBeInTheDocument();
    expect(
      within(row).getByText('校验位（第 18 位）不正确；如确需登记，请填写原因（creditCodeOverrideReason）'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('import-count-created')).toHaveTextContent('3');
    expect(screen.getByTestId('import-count-errors')).toHaveTextContent('1');
    expect(within(screen.getByTestId('import-job')).getByTestId('import-status')).toHaveTextContent('已完成');

    // It has ended: no more polling.
    const askedWhenDone = asked;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(asked).toBe(askedWhenDone);
  });

  it('explains a file the server refuses', async () => {
    server.use(
      signedInAs(ningboAdmin),
      http.post('/api/zones/ningbo/enterprise-imports', ({ request }) =>
        problem(request, 'validation-failed', { errors: [{ field: 'file', code: 'sheet.not-a-spreadsheet' }] }),
      ),
    );
    renderApp('/zones/ningbo/enterprises/import');

    await screen.findByText('点击或拖拽文件到此处上传');
    chooseFile(new NodeFile(['not really'], 'photo.csv', { type: 'text/csv' }));

    const rejected = await screen.findByTestId('import-rejected');
    expect(rejected).toHaveTextContent('文件未被接受');
    expect(rejected).toHaveTextContent('请求中有字段不符合要求。');
    expect(rejected).toHaveTextContent('file: 不是电子表格：请上传 .xlsx 工作簿或 .csv 文件');
  });

  it('comes back to an earlier import from the recent list', async () => {
    const emptyFileFailure = { failureCode: 'import.empty', failure: serverMessage('import.empty') };
    server.use(
      signedInAs(ningboAdmin),
      http.get('/api/zones/ningbo/enterprise-imports', () =>
        HttpResponse.json<ImportJobPage>({
          items: [anImportJob({ id: 3, fileName: 'batch-3.xlsx', status: 'FAILED', ...emptyFileFailure })],
          page: 0,
          size: 10,
          total: 1,
        }),
      ),
      http.get('/api/zones/ningbo/enterprise-imports/3', () =>
        HttpResponse.json(anImportJob({ id: 3, fileName: 'batch-3.xlsx', status: 'FAILED', ...emptyFileFailure })),
      ),
    );
    renderApp('/zones/ningbo/enterprises/import');

    await user.click(await screen.findByRole('link', { name: 'batch-3.xlsx' }));

    expect(await screen.findByTestId('import-failure')).toHaveTextContent('文件为空。');
    expect(screen.getByText('导入：batch-3.xlsx')).toBeInTheDocument();
  });
});

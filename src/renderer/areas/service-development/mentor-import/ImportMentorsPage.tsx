import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { callChannel, useChannelMutation, useChannelQuery } from '../../../api/channels';
import { errorMessage, isApiError } from '../../../api/api-error';
import { FormAlert } from '../../../components/FormAlert';
import { JobProgress } from '../../../components/jobs/JobProgress';
import { useJob } from '../../../components/jobs/use-job';
import { Page } from '../../../components/Page';
import { ChooseFileStep } from './ChooseFileStep';
import { ColumnMapping, type Mapping } from './ColumnMapping';
import { fileToBase64 } from './file-to-base64';
import { ImportResult } from './ImportResult';
import { PreviewRows, type RowFilter } from './PreviewRows';
import { PreviewSummary } from './PreviewSummary';

const PAGE_SIZE = 50;
const n = (count: number) => count.toLocaleString('en-GB');

/**
 * Import mentors from a spreadsheet: choose the file, let the core read and check it (a job with
 * a progress bar), correct the column guesses, look at every row's problems, then import all the
 * rows, only the valid ones, or nothing. The preview lives in the core; this screen only pages it.
 */
export function ImportMentorsPage() {
  const { job, start, cancel, busy, problem: startProblem } = useJob('import.mentors');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  /** Jobs whose preview is finished with here (imported, cancelled, replaced). */
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [edit, setEdit] = useState<{ jobId: string; mapping: Mapping } | null>(null);
  const [show, setShow] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ imported: number; skipped: number } | null>(null);

  const open = job && !closed.has(job.jobId) ? job : null;
  const preview = useChannelQuery(
    contract.imports.preview,
    { jobId: open?.jobId ?? '', show, page, pageSize: PAGE_SIZE },
    { enabled: open?.state === 'done', retry: false, placeholderData: keepPreviousData },
  );
  // A preview the core no longer holds (imported elsewhere, or locked away) is simply gone.
  const previewGone = isApiError(preview.error) && preview.error.code === 'NOT_FOUND';
  const data = open?.state === 'done' && !previewGone ? preview.data : undefined;

  const close = (jobId: string) => setClosed((before) => new Set(before).add(jobId));
  const discardOpen = () => {
    if (open?.state !== 'done') return;
    close(open.jobId);
    void callChannel(contract.imports.discard, { jobId: open.jobId }).catch(() => undefined);
  };
  const commit = useChannelMutation(contract.imports.commit, {
    onSuccess: (out, input) => {
      close(input.jobId);
      setResult(out);
    },
  });

  const read = async (chosen: { name: string; base64: string }, mapping?: Mapping) => {
    discardOpen();
    setResult(null);
    setShow('all');
    setPage(1);
    commit.reset();
    await start({ fileName: chosen.name, fileBase64: chosen.base64, ...(mapping ? { mapping } : {}) });
  };

  const checkedMapping = data?.columns.map((c) => c.field) ?? [];
  const mapping = edit && open && edit.jobId === open.jobId ? edit.mapping : checkedMapping;
  const changed = JSON.stringify(mapping) !== JSON.stringify(checkedMapping);

  let body;
  if (result) {
    body = <ImportResult {...result} onAnother={() => setResult(null)} />;
  } else if (open?.state === 'running') {
    body = (
      <JobProgress job={open} fallbackLabel="Reading the mentor spreadsheet" onCancel={() => void cancel()} />
    );
  } else if (data) {
    const { counts } = data;
    body = (
      <Stack gap="lg">
        <PreviewSummary key={open?.jobId} fileName={data.fileName} counts={counts} />
        {data.problem ? (
          <Alert color="red" variant="light" title="This file cannot be imported" role="alert">
            {data.problem}
          </Alert>
        ) : (
          <>
            <ColumnMapping
              columns={data.columns}
              mapping={mapping}
              onChange={(next) => open && setEdit({ jobId: open.jobId, mapping: next })}
              changed={changed && !!file}
              busy={busy}
              onApply={() => file && void read(file, mapping)}
            />
            <Text size="sm" c="dimmed">
              Rows with no date of first enquiry are given today’s date. Imported mentors start at the enquiry
              stage.
            </Text>
            <PreviewRows
              counts={counts}
              rows={preview.data?.rows}
              show={show}
              onShowChange={(value) => {
                setShow(value);
                setPage(1);
              }}
              total={data.total}
              page={data.page}
              pageSize={data.pageSize}
              onPageChange={setPage}
            />
          </>
        )}
        <FormAlert title="The mentors were not imported">
          {commit.error
            ? (isApiError(commit.error) && commit.error.fieldErrors.mode) || errorMessage(commit.error)
            : null}
        </FormAlert>
        <Group>
          {!data.problem && (
            <>
              <Button
                onClick={() => commit.mutate({ jobId: open!.jobId, mode: 'all' })}
                disabled={counts.withErrors > 0 || counts.valid === 0 || changed}
                loading={commit.isPending && commit.variables?.mode === 'all'}
              >
                Import all {n(counts.rows)} rows
              </Button>
              <Button
                variant="light"
                onClick={() => commit.mutate({ jobId: open!.jobId, mode: 'valid' })}
                disabled={counts.valid === 0 || changed}
                loading={commit.isPending && commit.variables?.mode === 'valid'}
              >
                Import only the {n(counts.valid)} valid {counts.valid === 1 ? 'row' : 'rows'}
              </Button>
            </>
          )}
          <Button variant="default" onClick={discardOpen} disabled={commit.isPending}>
            Cancel
          </Button>
        </Group>
        {counts.withErrors > 0 && !data.problem && (
          <Text size="sm" c="dimmed">
            “Import all” is available once no row has a problem: correct the spreadsheet and choose it again,
            or import only the valid rows.
          </Text>
        )}
        {changed && (
          <Text size="sm" c="dimmed">
            {file
              ? 'Check the rows again with the changed columns before importing.'
              : 'To use different columns, choose the file again: Cancel, then read it once more.'}
          </Text>
        )}
      </Stack>
    );
  } else {
    body = (
      <Stack gap="md">
        {open?.state === 'failed' && (
          <Alert color="red" variant="light" role="alert" title="The file could not be read">
            Something went wrong while reading it. Try again; if it keeps happening, save it again from your
            spreadsheet program.
          </Alert>
        )}
        <ChooseFileStep
          busy={busy}
          onRead={(chosen) =>
            void fileToBase64(chosen).then((base64) => {
              const next = { name: chosen.name, base64 };
              setFile(next);
              return read(next);
            })
          }
        />
      </Stack>
    );
  }

  return (
    <Page
      title="Import mentors"
      description="Add mentors from an existing list kept in a spreadsheet: check every row before anything is saved."
    >
      <FormAlert title="The file could not be read">{startProblem}</FormAlert>
      <FormAlert title="The rows could not be shown">
        {preview.error && !previewGone ? errorMessage(preview.error) : null}
      </FormAlert>
      {body}
    </Page>
  );
}

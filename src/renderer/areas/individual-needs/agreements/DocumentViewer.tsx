import { Alert, Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { MatchDocument } from '../../../../shared/contract/documents';
import { MATCH_DOCUMENT_KIND_LABELS } from '../../../../shared/matching/relationship';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { formatDateTime } from '../../../components/dates';
import { PdfPreview } from '../../../components/pdf/PdfPreview';
import { printPdf, saveCopy } from '../../../components/pdf/pdf-actions';
import { base64ToBytes } from '../../../components/pdf/pdfjs';

const versionLabel = (d: MatchDocument) =>
  `Version ${d.version}, made ${formatDateTime(d.createdAt)}${d.createdByName ? ` by ${d.createdByName}` : ''}`;

/**
 * The stored versions of one document (newest first): the newest is shown unless an earlier one is
 * chosen, with "Save a copy" and "Print". Opening a version reads its bytes from the core (an
 * audited read), once per version while the screen is open.
 */
export function DocumentViewer({ versions }: { versions: readonly MatchDocument[] }) {
  const newest = versions[0]!;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = versions.find((d) => d.id === chosenId) ?? newest;
  const read = useChannelQuery(
    contract.documents.read,
    { documentId: chosen.id },
    // A stored PDF never changes.
    { staleTime: Infinity, gcTime: 5 * 60_000 },
  );
  const bytes = useMemo(() => (read.data ? base64ToBytes(read.data.base64) : null), [read.data]);
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const title = `${MATCH_DOCUMENT_KIND_LABELS[chosen.kind]} (${chosen.fileName})`;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {versions.length > 1 ? (
          <Select
            label="Version"
            data={versions.map((d) => ({ value: d.id, label: versionLabel(d) }))}
            value={chosen.id}
            onChange={(v) => setChosenId(v)}
            allowDeselect={false}
            w={380}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {versionLabel(chosen)}
          </Text>
        )}
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={!bytes}
            onClick={() => bytes && saveCopy(bytes, chosen.fileName)}
          >
            Save a copy
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            disabled={!bytes}
            onClick={() => {
              setPrintProblem(null);
              if (bytes)
                printPdf(bytes, title).catch(() =>
                  setPrintProblem(
                    'It could not be prepared for printing. Save a copy and print that instead.',
                  ),
                );
            }}
          >
            Print
          </Button>
        </Group>
      </Group>
      {printProblem && (
        <Alert color="red" variant="light" role="alert">
          {printProblem}
        </Alert>
      )}
      {read.isPending && <Loader size="sm" aria-label="Opening the document" />}
      {read.error && (
        <Alert color="red" variant="light" role="alert" title="The document could not be opened">
          {errorMessage(read.error)}
        </Alert>
      )}
      {bytes && <PdfPreview key={chosen.id} data={bytes} title={title} />}
    </Stack>
  );
}

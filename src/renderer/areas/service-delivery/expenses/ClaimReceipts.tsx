import { Button, Group, Loader, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconEye, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { Claim, ClaimReceipt } from '../../../../shared/contract/expenses';
import { EXPENSE_LINE_LABELS } from '../../../../shared/expenses/expenses';
import { receiptIsRemovable } from '../../../../shared/expenses/claim-rules';
import type { AttachmentUpload } from '../../../../shared/files/attachment';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { AttachmentPicker } from '../../../components/attachments/AttachmentPicker';
import { AttachmentViewer } from '../../../components/attachments/AttachmentViewer';
import { formatFileSize } from '../../../components/attachments/read-attachment';
import { FormAlert } from '../../../components/FormAlert';
import { notifySaved } from '../../../components/notify';

const c = contract.expenses;

const lineLabel = (claim: Claim, lineId: string | null) => {
  const line = claim.lines.find((l) => l.id === lineId);
  return line ? `Line ${line.position + 1}: ${EXPENSE_LINE_LABELS[line.kind]}` : 'The whole claim';
};

/**
 * The claim's receipts: a list, the chosen one shown in the app (a picture or a PDF, each opening
 * audited), "Save a copy", Remove until the claim is paid, and a picker to attach another.
 */
export function ClaimReceipts({ claim }: { claim: Claim }) {
  // Nothing is opened until asked for (each opening is an audited read), except a receipt just attached.
  const [viewing, setViewing] = useState<string | null>(null);
  const shown = claim.receipts.find((r) => r.id === viewing) ?? null;
  const open = claim.status !== 'paid';
  return (
    <Stack gap="md">
      {claim.receipts.length === 0 ? (
        <Text c="dimmed">No receipts are attached.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Receipts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {claim.receipts.map((r) => (
                <ReceiptRow
                  key={r.id}
                  claim={claim}
                  receipt={r}
                  viewing={r.id === viewing}
                  onView={() => setViewing(r.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown && (
        <ReceiptViewer receipt={shown} title={`Receipt ${shown.fileName} for claim ${claim.reference}`} />
      )}
      {open && <AttachReceipt claim={claim} onAttached={setViewing} />}
    </Stack>
  );
}

function ReceiptRow({
  claim,
  receipt: r,
  viewing,
  onView,
}: {
  claim: Claim;
  receipt: ClaimReceipt;
  viewing: boolean;
  onView(): void;
}) {
  const remove = useChannelMutation(c.removeReceipt);
  return (
    <Table.Tr>
      <Table.Td>
        {r.fileName}{' '}
        <Text span size="xs" c="dimmed">
          ({formatFileSize(r.size)})
        </Text>
      </Table.Td>
      <Table.Td>{lineLabel(claim, r.lineId)}</Table.Td>
      <Table.Td>
        {formatUkDate(r.addedAt.slice(0, 10))} by {r.addedByName}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant={viewing ? 'filled' : 'default'}
            leftSection={<IconEye size={14} aria-hidden />}
            onClick={onView}
            aria-label={`View ${r.fileName}`}
            aria-pressed={viewing}
          >
            View
          </Button>
          {receiptIsRemovable(claim.status) && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              loading={remove.isPending}
              aria-label={`Remove ${r.fileName}`}
              onClick={() =>
                remove.mutate(
                  { receiptId: r.id },
                  {
                    onSuccess: () =>
                      notifySaved('Receipt removed', `${r.fileName} is no longer on the claim.`),
                  },
                )
              }
            >
              Remove
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function ReceiptViewer({ receipt, title }: { receipt: ClaimReceipt; title: string }) {
  // A stored receipt never changes; each opening is an audited read, so keep it while the page is open.
  const file = useChannelQuery(
    c.readReceipt,
    { receiptId: receipt.id },
    { staleTime: Infinity, gcTime: 5 * 60_000 },
  );
  if (file.error)
    return <FormAlert title="The receipt could not be opened">{errorMessage(file.error)}</FormAlert>;
  if (!file.data) return <Loader size="sm" aria-label="Opening the receipt" />;
  return (
    <AttachmentViewer
      base64={file.data.base64}
      contentType={file.data.contentType}
      fileName={file.data.fileName}
      title={title}
      maxWidth={640}
    />
  );
}

function AttachReceipt({ claim, onAttached }: { claim: Claim; onAttached(receiptId: string): void }) {
  const add = useChannelMutation(c.addReceipt);
  const [upload, setUpload] = useState<AttachmentUpload | null>(null);
  const [lineId, setLineId] = useState<string>('');
  const [resetKey, setResetKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const attach = () => {
    if (!upload) return;
    setProblem(null);
    add.mutate(
      { claimId: claim.id, lineId: lineId || null, file: upload },
      {
        onSuccess: (saved) => {
          notifySaved('Receipt attached', `${upload.fileName} is kept with the claim.`);
          const added = saved.receipts.find((r) => !claim.receipts.some((old) => old.id === r.id));
          if (added) onAttached(added.id);
          setUpload(null);
          setResetKey((k) => k + 1);
        },
        onError: (e) => setProblem(errorMessage(e)),
      },
    );
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
        <AttachmentPicker label="Attach a receipt" onChange={setUpload} error={problem} resetKey={resetKey} />
      </div>
      <Select
        label="For"
        w={260}
        allowDeselect={false}
        data={[
          { value: '', label: 'The whole claim' },
          ...claim.lines.map((l) => ({ value: l.id, label: lineLabel(claim, l.id) })),
        ]}
        value={lineId}
        onChange={(v) => setLineId(v ?? '')}
      />
      <Button
        leftSection={<IconPaperclip size={16} aria-hidden />}
        disabled={!upload}
        loading={add.isPending}
        onClick={attach}
      >
        Attach
      </Button>
    </Group>
  );
}

import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Timeline } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCoins, IconPencil, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Claim } from '../../../../shared/contract/expenses';
import { claimIsEditable } from '../../../../shared/expenses/claim-rules';
import {
  EXPENSE_LINE_LABELS,
  PAYMENT_METHOD_LABELS,
  formatPence,
} from '../../../../shared/expenses/expenses';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mentorPath } from '../../service-development/mentors/mentor-paths';
import { ApproveModal, PaidModal, RejectModal } from './ClaimDecisionModals';
import { ClaimReceipts } from './ClaimReceipts';
import { ClaimStatusBadge } from './ClaimStatusBadge';
import { EVENT_LABELS, formatMiles } from './expense-format';
import { CLAIMS_PATH, editClaimPath } from './expense-paths';

const BackToList = () => (
  <Anchor component={RouterLink} to={CLAIMS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All claims
    </Group>
  </Anchor>
);

/** One claim: its lines, receipts (viewable), declaration, the decision and payment, its history. */
export function ClaimPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.expenses.get, { id });
  if (found.error)
    return (
      <Page title="Expense claim">
        <FormAlert title="The claim could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the claim" />;
  return <ClaimDetails claim={found.data} />;
}

type Open = 'approve' | 'reject' | 'pay' | null;

function ClaimDetails({ claim }: { claim: Claim }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const editable = claimIsEditable(claim.status);
  return (
    <Page
      title={`Expense claim ${claim.reference}`}
      description={
        <>
          From{' '}
          <Anchor component={RouterLink} to={mentorPath(claim.mentorId)} inherit>
            {claim.mentorName}
          </Anchor>
          , received {formatUkDate(claim.receivedOn)}, {formatPence(claim.totalPence)}
        </>
      }
      actions={
        <>
          {claim.status === 'submitted' && (
            <>
              <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setOpen('approve')}>
                Approve
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setOpen('reject')}
              >
                Reject
              </Button>
            </>
          )}
          {claim.status === 'approved' && (
            <Button leftSection={<IconCoins size={16} aria-hidden />} onClick={() => setOpen('pay')}>
              Mark as paid
            </Button>
          )}
          {editable && (
            <Button
              component={RouterLink}
              to={editClaimPath(claim.id)}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {claim.status === 'rejected' ? 'Correct and resubmit' : 'Correct'}
            </Button>
          )}
        </>
      }
    >
      <Stack gap="md">
        <BackToList />
        <Group gap="xs">
          <ClaimStatusBadge status={claim.status} late={claim.late} />
        </Group>
        {claim.status === 'rejected' && (
          <Alert
            color="red"
            variant="filled"
            title={`Rejected on ${formatUkDate(claim.decidedOn ?? '')} by ${claim.decidedByName ?? ''}`}
          >
            {claim.rejectionReason}
          </Alert>
        )}
        {claim.late && (
          <Alert color="red" variant="light" title={`Not paid within ${claim.paymentDays} days`}>
            It should have been paid by {formatUkDate(claim.dueBy)}.
          </Alert>
        )}
        <DetailSection
          title="The claim"
          items={[
            { label: 'Mentor', value: claim.mentorName },
            { label: 'Received', value: formatUkDate(claim.receivedOn) },
            {
              label: 'Period',
              value:
                claim.periodFrom || claim.periodTo
                  ? `${formatUkDate(claim.periodFrom ?? '')} to ${formatUkDate(claim.periodTo ?? '')}`
                  : '',
            },
            { label: 'Total', value: formatPence(claim.totalPence) },
            { label: 'Entered by', value: claim.enteredByName },
            claim.status === 'paid'
              ? { label: 'Paid', value: formatUkDate(claim.paidOn ?? '') }
              : claim.status === 'rejected'
                ? { label: 'Pay by', value: 'Not due while it is rejected' }
                : { label: 'Pay by', value: formatUkDate(claim.dueBy) },
            { label: 'Notes', value: claim.notes, wide: true },
          ]}
        />
        <DetailSection title="Lines">
          <LinesTable claim={claim} />
        </DetailSection>
        <DetailSection title="Receipts">
          <ClaimReceipts claim={claim} />
        </DetailSection>
        <DetailSection
          title="Declaration"
          items={[
            {
              label: 'Signed by the mentor',
              value: claim.declarationAccepted
                ? 'Yes: incurred on programme business, not claimed elsewhere, receipts attached where they could be'
                : 'No',
              wide: true,
            },
            {
              label: 'Date signed',
              value: claim.declarationSignedOn ? formatUkDate(claim.declarationSignedOn) : '',
            },
          ]}
        />
        <DetailSection
          title="Decision and payment"
          items={[
            {
              label: 'Decided',
              value: claim.decidedOn
                ? `${formatUkDate(claim.decidedOn)} by ${claim.decidedByName}`
                : 'Not yet',
            },
            {
              label: 'Paid',
              value: claim.paidOn ? `${formatUkDate(claim.paidOn)} by ${claim.paidByName}` : 'Not yet',
            },
            { label: 'How', value: claim.paymentMethod ? PAYMENT_METHOD_LABELS[claim.paymentMethod] : '' },
            { label: 'Payment reference', value: claim.paymentReference },
          ]}
        />
        {claim.funds.length > 0 && (
          <DetailSection title="Activity funds">
            <Stack gap={4}>
              {claim.funds.map((f) => (
                <Text key={f.matchId} size="sm">
                  {f.reference} with {f.menteeName}:{' '}
                  {f.allowancePence === null
                    ? 'no activity fund is set'
                    : `${formatPence(f.spentPence)} spent of ${formatPence(f.allowancePence)}, ${formatPence(f.remainingPence ?? 0)} left`}
                  {f.remainingPence !== null && f.remainingPence < 0 && (
                    <Text span c="red.8" fw={600}>
                      {' '}
                      (over)
                    </Text>
                  )}
                </Text>
              ))}
            </Stack>
          </DetailSection>
        )}
        <DetailSection title="History">
          <Timeline bulletSize={14} lineWidth={2}>
            {claim.history.map((h) => (
              <Timeline.Item key={h.id} title={EVENT_LABELS[h.event]}>
                <Text size="sm" c="dimmed">
                  {formatUkDate(h.on)} by {h.byName}
                </Text>
                {h.note && <Text size="sm">{h.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </DetailSection>
      </Stack>
      {open === 'approve' && <ApproveModal claim={claim} onClose={close} />}
      {open === 'reject' && <RejectModal claim={claim} onClose={close} />}
      {open === 'pay' && <PaidModal claim={claim} onClose={close} />}
    </Page>
  );
}

function LinesTable({ claim }: { claim: Claim }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Lines of the claim">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>What for</Table.Th>
            <Table.Th>Details</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claim.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{formatUkDate(l.spentOn)}</Table.Td>
              <Table.Td>{EXPENSE_LINE_LABELS[l.kind]}</Table.Td>
              <Table.Td>
                {l.description}
                {l.miles !== null && ` (${formatMiles(l.miles)} at ${l.pencePerMile}p)`}
                {l.matchReference && ` – match ${l.matchReference}`}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatPence(l.amountPence)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3}>Total</Table.Th>
            <Table.Th ta="right">{formatPence(claim.totalPence)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

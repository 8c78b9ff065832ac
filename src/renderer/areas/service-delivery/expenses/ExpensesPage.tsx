import { Badge, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ClaimSummary } from '../../../../shared/contract/expenses';
import { financialYearLabel, type ClaimStatus } from '../../../../shared/expenses/expenses';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { Page } from '../../../components/Page';
import { IsoDateField } from '../../training/IsoDateField';
import { ClaimList } from './ClaimList';
import { STATUS_OPTIONS } from './expense-format';
import { NEW_CLAIM_PATH } from './expense-paths';

type Tab = 'approval' | 'payment' | 'all';

/**
 * Mentors' expense claims for co-ordinators: the approval queue and the approved claims waiting
 * for payment (oldest first), every claim with filters, and how quickly claims are paid this
 * financial year (standard 20).
 */
export function ExpensesPage() {
  const [tab, setTab] = useState<Tab>('approval');
  const summary = useChannelQuery(contract.expenses.summary, {});
  const s = summary.data;
  return (
    <Page
      title="Expenses"
      description="Mentors’ expense claims: approve or reject them, record payment, and keep to the programme’s payment time."
      actions={
        <Button component={RouterLink} to={NEW_CLAIM_PATH} leftSection={<IconPlus size={16} aria-hidden />}>
          Enter a claim
        </Button>
      }
    >
      {s && <PaymentSummary s={s} />}
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'approval')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="approval">
            Waiting for approval{s ? <Count n={s.waitingApproval} /> : null}
          </Tabs.Tab>
          <Tabs.Tab value="payment">
            Approved, awaiting payment{s ? <Count n={s.awaitingPayment} /> : null}
          </Tabs.Tab>
          <Tabs.Tab value="all">All claims</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="approval" pt="md">
          <ClaimList
            label="Claims waiting for approval, oldest first"
            filter={{ status: 'submitted' }}
            oldestFirst
            empty="No claims are waiting for approval."
          />
        </Tabs.Panel>
        <Tabs.Panel value="payment" pt="md">
          <ClaimList
            label="Approved claims waiting for payment, oldest first"
            filter={{ status: 'approved' }}
            oldestFirst
            empty="Every approved claim has been paid."
          />
        </Tabs.Panel>
        <Tabs.Panel value="all" pt="md">
          <AllClaims />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

const Count = ({ n }: { n: number }) => (
  <Badge size="sm" variant="light" ml={8} aria-label={`(${n})`}>
    {n}
  </Badge>
);

function PaymentSummary({ s }: { s: ClaimSummary }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Card withBorder padding="sm">
        <Text size="sm" c="dimmed">
          Paid within {s.paymentDays} days, {financialYearLabel(s.year)}
        </Text>
        <Text fw={700} fz="xl" data-testid="claims-on-time">
          {s.percentOnTime === null ? 'None paid yet' : `${s.percentOnTime}%`}
        </Text>
        <Text size="sm">
          {s.paidOnTime} of {s.paid} claims paid this year
        </Text>
      </Card>
      <Card withBorder padding="sm">
        <Text size="sm" c="dimmed">
          Waiting now
        </Text>
        <Text fw={700} fz="xl">
          {s.waitingApproval + s.awaitingPayment}
        </Text>
        <Text size="sm">
          {s.waitingApproval} to approve, {s.awaitingPayment} to pay
        </Text>
      </Card>
      <Card
        withBorder
        padding="sm"
        style={s.late ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
      >
        <Text size="sm" c="dimmed">
          Late (over {s.paymentDays} days, not paid)
        </Text>
        <Text fw={700} fz="xl" c={s.late ? 'red.8' : undefined}>
          {s.late}
        </Text>
        <Text size="sm">{s.late ? 'Pay these first' : 'None late'}</Text>
      </Card>
    </SimpleGrid>
  );
}

function AllClaims() {
  const mentors = useChannelQuery(contract.mentors.list, { pageSize: 200 });
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [lateOnly, setLateOnly] = useState(false);
  const iso = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filter claims">
        <Select
          label="Mentor"
          placeholder="Any mentor"
          searchable
          clearable
          data={(mentors.data?.items ?? []).map((m) => ({ value: m.id, label: m.displayName }))}
          value={mentorId}
          onChange={setMentorId}
          w={240}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={STATUS_OPTIONS}
          value={status}
          onChange={setStatus}
          w={230}
        />
        <IsoDateField label="Received from" value={from} onChange={setFrom} />
        <IsoDateField label="Received to" value={to} onChange={setTo} />
        <Checkbox
          label="Late only"
          checked={lateOnly}
          onChange={(e) => setLateOnly(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ClaimList
        label="All claims, newest first"
        filter={{
          ...(mentorId ? { mentorId } : {}),
          ...(status ? { status: status as ClaimStatus } : {}),
          from: iso(from),
          to: iso(to),
          lateOnly,
        }}
        empty="No claims match these filters."
      />
    </Stack>
  );
}

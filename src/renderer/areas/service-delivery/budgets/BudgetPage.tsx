import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCoins, IconPigMoney } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { RouterLink } from '../../../app/RouterLink';
import { contract } from '../../../../shared/contract';
import type { BudgetSpendRow, BudgetSummary } from '../../../../shared/contract/budgets';
import { formatPence } from '../../../../shared/expenses/expenses';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ACTIVITY_FUNDS_PATH, budgetYearPath } from './budget-paths';
import { currentFinancialYear, financialYearLabel, yearChoices } from './budget-format';
import { MileageRateModal } from './MileageRateModal';
import { MileageRatesSection } from './MileageRatesSection';
import { OtherSpendingSection } from './OtherSpendingSection';
import { SpendModal } from './SpendModal';
import { SpendTable } from './SpendTable';

type Editing = { kind: 'spend'; spend: BudgetSpendRow | null } | { kind: 'rate' } | null;

function Headline({ summary }: { summary: BudgetSummary }) {
  const t = summary.totals;
  const item = (label: string, value: string, danger = false) => (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700} c={danger ? 'red.9' : undefined}>
        {value}
      </Text>
    </div>
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {item('Budget', formatPence(t.budgetPence))}
      {item('Spent and committed', formatPence(t.spentPence))}
      {item('Remaining', formatPence(t.remainingPence), t.over)}
      {item('Used', t.percentUsed === null ? '–' : `${t.percentUsed}%`, t.over)}
    </SimpleGrid>
  );
}

/**
 * Standard 20: the year's budget by heading against what is committed, paid and otherwise spent;
 * other spending; mileage rates. Regional managers see the totals only (no notes, no spending lines).
 */
export function BudgetPage() {
  const { session } = useSignedIn();
  // The year is in the address (?year=2025), so coming back from setting a budget keeps it.
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentFinancialYear();
  const setYear = (y: number) => setParams(y === currentFinancialYear() ? {} : { year: String(y) });
  const summary = useChannelQuery(contract.budgets.summary, { year });
  const [editing, setEditingState] = useState<Editing>(null);
  const opener = useRef<HTMLElement | null>(null);
  const setEditing = (next: Editing) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditingState(next);
  };
  const close = () => {
    setEditingState(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const may = (c: Parameters<typeof mayCall>[0]) => mayCall(c, session.roles);
  const mayWrite = may(contract.budgets.saveYear);
  const label = financialYearLabel(year);

  return (
    <Page
      title="Budget"
      description="The programme’s budget for each financial year (April to March) by heading, and what has been spent against it."
      actions={
        <>
          {may(contract.budgets.funds) && (
            <Button
              component={RouterLink}
              to={ACTIVITY_FUNDS_PATH}
              variant="default"
              leftSection={<IconPigMoney size={16} aria-hidden />}
            >
              Activity funds
            </Button>
          )}
          {mayWrite && summary.data && (
            <Button
              component={RouterLink}
              to={budgetYearPath(year)}
              leftSection={<IconCoins size={16} aria-hidden />}
            >
              {summary.data.set ? `Change the ${label} budget` : `Set the ${label} budget`}
            </Button>
          )}
        </>
      }
    >
      <Group align="flex-end">
        <Select
          label="Financial year"
          data={yearChoices(summary.data?.years ?? [], currentFinancialYear())}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={320}
        />
      </Group>
      <FormAlert title="The budget could not be loaded">
        {summary.error ? errorMessage(summary.error) : null}
      </FormAlert>
      {!summary.data ? (
        <Loader size="sm" aria-label="Loading the budget" />
      ) : (
        <Stack gap="xl">
          {!summary.data.set && (
            <Alert variant="light" title={`No budget set for ${label}`}>
              Spending is still counted below.{' '}
              {mayWrite ? 'Set the budget to see what is left under each heading.' : ''}
            </Alert>
          )}
          <section aria-label={`Summary for ${label}`}>
            <Headline summary={summary.data} />
          </section>
          <SpendTable summary={summary.data} />
          {may(contract.budgets.spending) && (
            <OtherSpendingSection
              year={year}
              mayWrite={mayWrite}
              onEdit={(spend) => setEditing({ kind: 'spend', spend })}
            />
          )}
          <MileageRatesSection
            mayWrite={may(contract.budgets.addMileageRate)}
            onAdd={() => setEditing({ kind: 'rate' })}
          />
        </Stack>
      )}
      {editing?.kind === 'spend' && <SpendModal spend={editing.spend} onClose={close} />}
      {editing?.kind === 'rate' && <MileageRateModal onClose={close} />}
    </Page>
  );
}

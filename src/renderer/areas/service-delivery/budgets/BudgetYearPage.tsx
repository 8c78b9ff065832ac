import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { BudgetSummary } from '../../../../shared/contract/budgets';
import { BUDGET_CATEGORIES, type BudgetCategory } from '../../../../shared/expenses/expenses';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';
import { errorMessage } from '../../../api/api-error';
import { callChannel, useChannelMutation, useChannelQuery } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { FormAlert } from '../../../components/FormAlert';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { Page } from '../../../components/Page';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { notifySaved } from '../../../components/notify';
import { BUDGET_CATEGORY_LABELS, financialYearLabel, POUNDS_HINT } from './budget-format';
import { budgetPath } from './budget-paths';
import { PoundsInput } from './PoundsInput';

type Values = Record<BudgetCategory, { amount: string; note: string }>;

const valuesFrom = (summary: BudgetSummary | null): Values =>
  Object.fromEntries(
    BUDGET_CATEGORIES.map((c) => {
      const h = summary?.headings.find((x) => x.category === c);
      // A heading with nothing budgeted shows blank (as one never set), so a copied year sends only
      // the headings it had.
      return [c, { amount: h && h.budgetPence > 0 ? penceToPounds(h.budgetPence) : '', note: h?.note ?? '' }];
    }),
  ) as Values;

/**
 * Set a year's budget: one form with every heading of the manual, on a page of its own (thirteen
 * rows do not fit a dialog in a laptop window). A year with no budget yet can start from last
 * year's figures (copied into the boxes, changed, then saved).
 */
export function BudgetYearPage() {
  const year = Number(useParams().year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const summary = useChannelQuery(contract.budgets.summary, { year }, { enabled: valid });
  const title = valid ? `Budget for ${financialYearLabel(year)}` : 'Budget';
  return (
    <Page
      title={title}
      description="The budget for each heading, in pounds. Leave a heading blank if it has no budget this year."
    >
      <FormAlert title="The budget could not be loaded">
        {!valid ? 'That is not a financial year.' : summary.error ? errorMessage(summary.error) : null}
      </FormAlert>
      {summary.data ? (
        <BudgetYearForm summary={summary.data} />
      ) : (
        valid && <Loader size="sm" aria-label="Loading the budget" />
      )}
    </Page>
  );
}

export function BudgetYearForm({ summary }: { summary: BudgetSummary }) {
  const back = (force = false) => void navigate(budgetPath(summary.year), { force });
  const save = useChannelMutation(contract.budgets.saveYear);
  const [formError, setFormError] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: valuesFrom(summary),
    validate: Object.fromEntries(
      BUDGET_CATEGORIES.map((c) => [
        c,
        { amount: (v: string) => (v.trim() === '' || poundsToPence(v) !== null ? null : POUNDS_HINT) },
      ]),
    ) as never,
  });
  const dirty = form.isDirty();
  useUnsavedChanges(dirty && !save.isPending);
  const label = financialYearLabel(summary.year);

  const copyLastYear = async () => {
    const last = await callChannel(contract.budgets.summary, { year: summary.year - 1 });
    if (!last.set) {
      setCopyNote(`There is no budget for ${financialYearLabel(summary.year - 1)} to copy.`);
      return;
    }
    form.setValues(valuesFrom(last));
    setCopyNote(`Copied ${financialYearLabel(summary.year - 1)}’s figures. Change any, then save.`);
  };

  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    // Headings left blank are not set (they count as no budget); blanking a set heading sets £0.
    const headings = BUDGET_CATEGORIES.flatMap((category) => {
      const { amount, note } = values[category];
      const wasSet = summary.set && summary.headings.find((h) => h.category === category)!.budgetPence > 0;
      if (amount.trim() === '' && !wasSet && note.trim() === '') return [];
      return [{ category, amountPence: poundsToPence(amount) ?? 0, note }];
    });
    if (!headings.length) {
      setFormError('Enter the budget for at least one heading.');
      return;
    }
    try {
      await save.mutateAsync({ year: summary.year, headings });
      form.resetDirty(values);
      notifySaved('Budget saved', `The budget for ${label} is saved.`);
      back(true);
    } catch (error) {
      setFormError(
        applyServerErrors(form, error, (path) => {
          const m = /^headings\.(\d+)\.(amountPence|note)$/.exec(path);
          const heading = m ? headings[Number(m[1])] : undefined;
          return heading ? `${heading.category}.${m![2] === 'note' ? 'note' : 'amount'}` : path;
        }),
      );
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        <Group>
          <Button
            variant="default"
            leftSection={<IconCopy size={16} aria-hidden />}
            onClick={() => void copyLastYear()}
          >
            Copy last year’s budget
          </Button>
        </Group>
        {copyNote && (
          <Text size="sm" role="status">
            {copyNote}
          </Text>
        )}
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Heading</Table.Th>
              <Table.Th scope="col">Budget</Table.Th>
              <Table.Th scope="col">Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {BUDGET_CATEGORIES.map((c) => (
              <Table.Tr key={c}>
                <Table.Th scope="row" fw={500} id={`heading-${c}`}>
                  {BUDGET_CATEGORY_LABELS[c]}
                </Table.Th>
                <Table.Td>
                  <PoundsInput
                    aria-label={`Budget for ${BUDGET_CATEGORY_LABELS[c]}`}
                    {...form.getInputProps(`${c}.amount`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Note for ${BUDGET_CATEGORY_LABELS[c]}`}
                    {...form.getInputProps(`${c}.note`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save budget
          </Button>
          <Button variant="default" onClick={() => back()}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

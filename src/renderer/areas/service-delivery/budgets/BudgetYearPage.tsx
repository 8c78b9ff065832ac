import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { BudgetSummary } from '../../../../shared/contract/budgets';
import { BUDGET_CATEGORIES, type BudgetCategory } from '../../../../shared/expenses/expenses';
import { penceToPounds, poundsToPence } from '../../../../shared/expenses/pounds';
import { callChannel, useChannelMutation } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { BUDGET_CATEGORY_LABELS, financialYearLabel, POUNDS_HINT } from './budget-format';
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
 * Set a year's budget: one form with every heading of the manual. A year with no budget yet can
 * start from last year's figures (copied into the boxes, changed, then saved).
 */
export function BudgetYearModal({ summary, onClose }: { summary: BudgetSummary; onClose(): void }) {
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
      onClose();
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
    <FormModal opened title={`Budget for ${label}`} dirty={dirty} onClose={onClose} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert>{formError}</FormAlert>
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed" maw={520}>
              The budget for each heading, in pounds. Leave a heading blank if it has no budget this year.
            </Text>
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
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save budget
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

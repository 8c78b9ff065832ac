import { ActionIcon, Alert, Button, Card, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ClaimContext, ClaimLineInput } from '../../../../shared/contract/expenses';
import { MAX_LINES } from '../../../../shared/contract/expenses';
import { fundOverspend, priceLine } from '../../../../shared/expenses/claim-rules';
import { formatPence, type ExpenseLineKind } from '../../../../shared/expenses/expenses';
import { DateField } from '../../service-development/mentors/screening/DateField';
import { formatMiles, KIND_OPTIONS } from './expense-format';
import { MilesField, PenceField } from './NumberFields';

// The create and correct forms both hold `lines` (and the claim's other fields).
type ClaimForm = UseFormReturnType<Record<string, unknown> & { lines: ClaimLineInput[] }>;

export const blankLine = (spentOn = ''): ClaimLineInput => ({
  kind: 'mileage',
  spentOn,
  description: '',
  miles: null,
  amountPence: null,
  matchId: null,
});

const priced = (l: ClaimLineInput, context: ClaimContext | undefined) =>
  priceLine(
    {
      kind: l.kind as ExpenseLineKind,
      spentOn: l.spentOn || '9999-12-31',
      miles: typeof l.miles === 'number' && !Number.isNaN(l.miles) ? l.miles : null,
      amountPence: typeof l.amountPence === 'number' && !Number.isNaN(l.amountPence) ? l.amountPence : null,
    },
    context?.rates ?? [],
  );

/**
 * The lines of a claim, each priced as the core will price it: mileage at the programme's rate on
 * the journey's day (from the mentor's context), other lines at the amount typed in pounds. An
 * activity names one of the mentor's matches; the form warns (it does not stop) when the claim
 * would take that match's activity fund past its allowance.
 */
export function ClaimLinesFields({ form, context }: { form: ClaimForm; context: ClaimContext | undefined }) {
  const lines = form.getValues().lines;
  const matchOptions = (context?.funds ?? []).map((f) => ({
    value: f.matchId,
    label: `${f.reference} with ${f.menteeName}`,
  }));
  const total = lines.reduce((sum, l) => sum + priced(l, context).amountPence, 0);
  const linesError = form.getInputProps('lines').error as string | undefined;

  return (
    <Stack gap="sm">
      {lines.map((line, i) => {
        const at = (field: keyof ClaimLineInput) => `lines.${i}.${field}`;
        const price = priced(line, context);
        return (
          <Card
            key={form.key(`lines.${i}`)}
            withBorder
            padding="sm"
            component="fieldset"
            aria-label={`Line ${i + 1}`}
          >
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select
                  label={`Line ${i + 1}: what for`}
                  required
                  allowDeselect={false}
                  data={KIND_OPTIONS}
                  {...form.getInputProps(at('kind'))}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField label="Date" required {...form.getInputProps(at('spentOn'))} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                {line.kind === 'mileage' ? (
                  <MilesField
                    label="Miles"
                    required
                    description="To a tenth of a mile"
                    {...form.getInputProps(at('miles'))}
                  />
                ) : (
                  <PenceField
                    label="Amount"
                    required
                    description="In pounds and pence"
                    {...form.getInputProps(at('amountPence'))}
                  />
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 1 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove line ${i + 1}`}
                  disabled={lines.length === 1}
                  onClick={() => form.removeListItem('lines', i)}
                  mb={4}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: line.kind === 'activity' ? 7 : 12 }}>
                <TextInput
                  label={line.kind === 'mileage' ? 'From and to' : 'Description'}
                  required={line.kind === 'mileage' || line.kind === 'other'}
                  description={
                    line.kind === 'mileage' ? 'For example, home to HMP Leeds and back' : undefined
                  }
                  {...form.getInputProps(at('description'))}
                />
              </Grid.Col>
              {line.kind === 'activity' && (
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <Select
                    label="Match (activity fund)"
                    required
                    placeholder={matchOptions.length ? 'Choose the match' : 'This mentor has no matches'}
                    data={matchOptions}
                    {...form.getInputProps(at('matchId'))}
                  />
                </Grid.Col>
              )}
            </Grid>
            <Text size="sm" mt="xs" c="dimmed" aria-live="polite">
              {line.kind === 'mileage' && price.pencePerMile !== null
                ? `${formatMiles(typeof line.miles === 'number' && !Number.isNaN(line.miles) ? line.miles : 0)} at ${price.pencePerMile}p a mile${line.spentOn ? '' : ' (the rate depends on the date)'} = ${formatPence(price.amountPence)}`
                : `Line total ${formatPence(price.amountPence)}`}
            </Text>
          </Card>
        );
      })}
      {linesError && (
        <Text c="red" size="sm" role="alert">
          {linesError}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={lines.length >= MAX_LINES}
          onClick={() => form.insertListItem('lines', blankLine(lines.at(-1)?.spentOn ?? ''))}
        >
          Add a line
        </Button>
        <Text fw={700} data-testid="claim-total">
          Claim total {formatPence(total)}
        </Text>
      </Group>
      <FundWarnings lines={lines} context={context} />
    </Stack>
  );
}

function FundWarnings({ lines, context }: { lines: ClaimLineInput[]; context: ClaimContext | undefined }) {
  const warnings = (context?.funds ?? []).flatMap((f) => {
    const thisClaim = lines
      .filter((l) => l.kind === 'activity' && l.matchId === f.matchId)
      .reduce((sum, l) => sum + priced(l, context).amountPence, 0);
    if (!thisClaim) return [];
    const over = fundOverspend(f.allowancePence, f.spentPence, thisClaim);
    const left =
      f.remainingPence === null ? 'no activity fund is set' : `${formatPence(f.remainingPence)} left`;
    return [{ f, thisClaim, over, left }];
  });
  if (!warnings.length) return null;
  return (
    <Stack gap="xs">
      {warnings.map(({ f, thisClaim, over, left }) => (
        <Alert
          key={f.matchId}
          color={over ? 'orange' : 'blue'}
          variant="light"
          title={`Activity fund for ${f.reference}`}
        >
          This claim spends {formatPence(thisClaim)}; {left}.
          {over
            ? ` It would go over the fund by ${formatPence(over)}. You can still enter it; the approver decides.`
            : ''}
        </Alert>
      ))}
    </Stack>
  );
}

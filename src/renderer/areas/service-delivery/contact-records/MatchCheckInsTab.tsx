import {
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { contract } from '../../../../shared/contract';
import { CONTACT_NOTE_MAX, type CheckIn } from '../../../../shared/contract/mentoring';
import {
  CHECKIN_FEELING_LABELS,
  CHECKIN_FEELINGS,
  CHECKIN_METHOD_LABELS,
  CHECKIN_METHODS,
  type CheckInFeeling,
  type CheckInMethod,
} from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { IsoDateField } from '../../training/IsoDateField';
import { saveOnEnter, todayIso } from './contact-format';
import { FollowUpsPanel } from './FollowUpsPanel';

const m = contract.mentoring;
const METHOD_OPTIONS = CHECKIN_METHODS.map((value) => ({ value, label: CHECKIN_METHOD_LABELS[value] }));
const FEELING_OPTIONS = CHECKIN_FEELINGS.map((value) => ({ value, label: CHECKIN_FEELING_LABELS[value] }));
const FEELING_COLOURS = { well: 'teal', mixed: 'yellow', difficult: 'orange' } as const;

/**
 * Staff check-ins with the mentor after meetings (the regular telephone contact the toolkit asks
 * for): a short form, the concerns still open, then every check-in.
 */
export function MatchCheckInsTab({ matchId }: { matchId: string }) {
  const canWrite = mayCall(m.checkIn, useSignedIn().session.roles);
  const list = useChannelQuery(m.checkIns, { matchId });
  // Check-ins, like sessions, are recorded while the match is active.
  const state = useChannelQuery(m.contactDefaults, { matchId }, { enabled: canWrite });
  if (list.error && isApiError(list.error) && list.error.code === 'FORBIDDEN')
    return <Text c="dimmed">Check-ins are kept by the mentee’s caseworker and the co-ordinators.</Text>;
  return (
    <Stack gap="lg">
      {canWrite && state.data?.matchActive && <CheckInForm matchId={matchId} />}
      <FollowUpsPanel matchId={matchId} />
      <section aria-labelledby="checkins-heading">
        <Title order={2} fz="h5" id="checkins-heading" mb="xs">
          Check-ins so far
        </Title>
        <FormAlert title="The check-ins could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the check-ins" />}
        {list.data?.items.length === 0 && <Text c="dimmed">No check-ins recorded yet.</Text>}
        {!!list.data?.items.length && <CheckInTable items={list.data.items} />}
      </section>
    </Stack>
  );
}

function CheckInTable({ items }: { items: CheckIn[] }) {
  return (
    <TableScroll label="Check-ins, newest first" minWidth={600}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">How</Table.Th>
            <Table.Th scope="col">How it went</Table.Th>
            <Table.Th scope="col">Recorded by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDate(c.onDate)}</Table.Td>
              <Table.Td>{CHECKIN_METHOD_LABELS[c.method]}</Table.Td>
              <Table.Td>
                <Badge
                  size="sm"
                  variant="light"
                  color={FEELING_COLOURS[c.feeling]}
                  style={{ textTransform: 'none' }}
                >
                  {CHECKIN_FEELING_LABELS[c.feeling]}
                </Badge>
                {c.concern && (
                  <Badge ml={4} size="sm" variant="light" color="red" style={{ textTransform: 'none' }}>
                    Concern raised
                  </Badge>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {c.howItWent}
                </Text>
              </Table.Td>
              <Table.Td>{c.recordedByName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function CheckInForm({ matchId }: { matchId: string }) {
  const [resets, setResets] = useState(0);
  const ref = useRef<HTMLFormElement>(null);
  const blank = () => ({
    matchId,
    onDate: todayIso(),
    method: 'phone' as CheckInMethod,
    feeling: 'well' as CheckInFeeling,
    howItWent: '',
    concern: false,
    concernNote: '',
  });
  const { form, onSubmit, formError, submitting } = useChannelForm(m.checkIn, {
    initialValues: blank(),
    guard: false,
    onSaved: (out) => {
      notifySaved('Check-in recorded', `The check-in of ${formatUkDate(out.onDate)} is on the record.`);
      const next = { ...blank(), method: out.method };
      form.setValues(next);
      form.resetDirty(next);
      setResets((n) => n + 1);
      ref.current?.querySelector<HTMLInputElement>('input')?.focus();
    },
  });
  const v = form.getValues();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="checkin-form-heading">
      <Title order={2} fz="h5" id="checkin-form-heading" mb="xs">
        Record a check-in with the mentor
      </Title>
      <form ref={ref} onSubmit={onSubmit} onKeyDown={saveOnEnter} noValidate>
        <Stack gap="sm">
          <FormAlert>{formError}</FormAlert>
          {/* Boxes line up along their foot when a long label wraps in a narrow window. */}
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <IsoDateField
                key={resets}
                label="Date"
                required
                value={v.onDate}
                onChange={(d) => form.setFieldValue('onDate', d ?? '')}
                error={form.getInputProps('onDate').error}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="How"
                required
                allowDeselect={false}
                data={METHOD_OPTIONS}
                {...form.getInputProps('method')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label="How the mentor said it went"
                required
                allowDeselect={false}
                data={FEELING_OPTIONS}
                {...form.getInputProps('feeling')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="What the mentor said"
                required
                autosize
                minRows={2}
                maxLength={CONTACT_NOTE_MAX}
                {...form.getInputProps('howItWent')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Checkbox
                label="Raise a concern for the caseworker to follow up"
                {...form.getInputProps('concern', { type: 'checkbox' })}
              />
            </Grid.Col>
            {v.concern && (
              <Grid.Col span={12}>
                <Textarea
                  label="What is the concern?"
                  required
                  autosize
                  minRows={2}
                  maxLength={CONTACT_NOTE_MAX}
                  {...form.getInputProps('concernNote')}
                />
              </Grid.Col>
            )}
          </Grid>
          <Button
            type="submit"
            loading={submitting}
            leftSection={<IconPlus size={16} aria-hidden />}
            style={{ alignSelf: 'flex-end' }}
          >
            Save the check-in
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

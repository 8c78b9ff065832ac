import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Feedback } from '../../../../shared/contract/feedback';
import {
  FEEDBACK_FROM,
  FEEDBACK_THEMES,
  type FeedbackFrom,
  type FeedbackTheme,
} from '../../../../shared/feedback/feedback';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { Pager } from '../../../components/data-table/Pager';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { IsoDateField } from '../../training/IsoDateField';
import { FROM_OPTIONS, THEME_OPTIONS } from './feedback-format';
import { FeedbackModal } from './FeedbackModal';
import { FeedbackSummaryCard } from './FeedbackSummaryCard';
import { FeedbackTable } from './FeedbackTable';

const c = contract.feedback;
const PAGE_SIZE = 25;
const ANY = { value: '', label: 'Any' };
const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** Feedback received (standard 26): this quarter's figures, filters, the list and the form. */
export function FeedbackPage() {
  const { session } = useSignedIn();
  const [fromKind, setFromKind] = useState('');
  const [theme, setTheme] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Feedback | null>(null);
  const isDay = (v: string | null) => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const input: InputOf<typeof c.list> = {
    ...(oneOf<FeedbackFrom>(FEEDBACK_FROM, fromKind) ? { fromKind } : {}),
    ...(oneOf<FeedbackTheme>(FEEDBACK_THEMES, theme) ? { theme } : {}),
    ...(isDay(from) ? { from } : {}),
    ...(isDay(to) ? { to } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(c.list, input, { placeholderData: keepPreviousData });
  const mayWrite = mayCall(c.record, session.roles);
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  return (
    <Page
      title="Feedback"
      description="What mentees, mentors, carers and partners tell the programme, and how it was gathered."
      actions={
        mayWrite && (
          <Button leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Add feedback
          </Button>
        )
      }
    >
      <Stack gap="md">
        {mayCall(c.summary, session.roles) && <FeedbackSummaryCard />}
        <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label="Filter feedback">
          <Select
            label="From"
            data={[ANY, ...FROM_OPTIONS]}
            value={fromKind}
            allowDeselect={false}
            onChange={refilter((v: string | null) => setFromKind(v ?? ''))}
            w={190}
          />
          <Select
            label="Theme"
            data={[ANY, ...THEME_OPTIONS]}
            value={theme}
            allowDeselect={false}
            onChange={refilter((v: string | null) => setTheme(v ?? ''))}
            w={220}
          />
          <IsoDateField label="Received from" value={from} onChange={refilter(setFrom)} />
          <IsoDateField label="Received to" value={to} onChange={refilter(setTo)} />
        </Group>
        <FormAlert title="The feedback could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the feedback" />}
        {list.data?.items.length === 0 && <Text c="dimmed">No feedback matches these filters.</Text>}
        {!!list.data?.items.length && (
          <FeedbackTable items={list.data.items} onEdit={mayWrite ? setEditing : undefined} />
        )}
        {list.data && list.data.total > 0 && (
          <Pager
            total={list.data.total}
            page={list.data.page}
            pageSize={list.data.pageSize}
            noun={{ one: 'piece of feedback', many: 'pieces of feedback' }}
            onPageChange={setPage}
          />
        )}
      </Stack>
      {adding && <FeedbackModal onClose={() => setAdding(false)} />}
      {editing && <FeedbackModal feedback={editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}

import { Button, Card, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { ContactDefaults } from '../../../../shared/contract/mentoring';
import type { ContactKind } from '../../../../shared/matching/relationship';
import { formatUkDate, parseUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { DraftOfferAlert } from '../../../components/forms/DraftOfferAlert';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { notifySaved } from '../../../components/notify';
import { ContactSessionFields, dateTextOf } from './ContactSessionFields';
import { saveOnEnter, todayIso } from './contact-format';

const m = contract.mentoring;

/** A blank session started from what the last one was: today, the same kind, place and length. */
function startFrom(matchId: string, d: Pick<ContactDefaults, 'kind' | 'place' | 'minutes'>) {
  return {
    matchId,
    onDate: todayIso(),
    minutes: d.minutes === null ? '' : String(d.minutes),
    kind: d.kind ?? 'prison_visit',
    place: d.place,
    noShow: false,
    notes: '',
    actionsAgreed: '',
    menteeFeedback: '',
    concern: false,
    concernNote: '',
    leadMentorAttended: null as boolean | null,
  };
}

/**
 * What follows a session: the same kind and place, except that the release-day gate meeting happens
 * once, so the next one is a meeting in the community, somewhere still to choose.
 */
const nextAfter = (out: { kind: ContactKind; place: string }) =>
  out.kind === 'release_day_gate'
    ? { kind: 'community_meeting' as const, place: '' }
    : { kind: out.kind, place: out.place };

/**
 * "Record a session": the form people fill most, so it is built for speed. It opens with the
 * cursor in the date (today), the kind, place and minutes of the last session already filled in
 * and this match's own places first. Enter saves from any box, Ctrl+Enter from the notes; what is
 * typed is kept as an encrypted draft until saved; after saving it is ready for the next one.
 */
export function RecordSessionForm({ matchId }: { matchId: string }) {
  const defaults = useChannelQuery(m.contactDefaults, { matchId }, { staleTime: Infinity });
  if (defaults.error)
    return <FormAlert title="The form could not be started">{errorMessage(defaults.error)}</FormAlert>;
  if (!defaults.data) return <Loader aria-label="Starting the record of contact" />;
  if (!defaults.data.matchActive)
    return (
      <Text c="dimmed" size="sm">
        Sessions are recorded once the match is active (after the agreement is signed).
      </Text>
    );
  return <SessionForm matchId={matchId} defaults={defaults.data} />;
}

function SessionForm({ matchId, defaults }: { matchId: string; defaults: ContactDefaults }) {
  const formRef = useRef<HTMLFormElement>(null);
  const first = startFrom(matchId, defaults);
  const [dateText, setDateText] = useState(dateTextOf(first.onDate));
  const [somewhereElse, setSomewhereElse] = useState(false);
  const [recent, setRecent] = useState(defaults.recentPlaces);
  // The date the box itself last produced (see the effect below).
  const fromBox = useRef(first.onDate);
  const focusDate = () => formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  const { form, onSubmit, formError, submitting, draft } = useChannelForm(m.recordContact, {
    initialValues: first,
    guard: false,
    draftKey: matchId,
    onSaved: (out) => {
      notifySaved(
        out.noShow ? 'No-show recorded' : 'Session recorded',
        `The ${out.noShow ? 'missed session' : 'session'} of ${formatUkDate(out.onDate)} is on the record.`,
      );
      const next = startFrom(matchId, {
        ...nextAfter(out),
        minutes: out.minutes ?? (first.minutes === '' ? null : Number(first.minutes)),
      });
      if (out.place) setRecent((r) => [out.place, ...r.filter((p) => p !== out.place)]);
      form.setValues(next);
      form.resetDirty(next);
      fromBox.current = next.onDate;
      setDateText(dateTextOf(next.onDate));
      setSomewhereElse(false);
      focusDate();
    },
  });
  // Ready to type the moment the tab opens.
  useEffect(() => {
    focusDate();
  }, []);
  // A restored draft (or a reset) changes the date from outside the box: show it there too. What
  // the box itself produced is left alone, or a two-digit year would be rewritten mid-typing.
  const onDate = String(form.getValues().onDate);
  useEffect(() => {
    if (onDate !== fromBox.current && /^\d{4}-\d{2}-\d{2}$/.test(onDate)) {
      fromBox.current = onDate;
      setDateText(dateTextOf(onDate));
    }
  }, [onDate]);
  const typedDate = (text: string) => {
    setDateText(text);
    const parsed = parseUkDate(text);
    fromBox.current = text.trim() === '' ? '' : parsed.ok ? parsed.iso : text;
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="record-session-heading">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} fz="h5" id="record-session-heading">
          Record a session
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> saves; in the notes, <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
        </Text>
      </Group>
      <form ref={formRef} onSubmit={onSubmit} onKeyDown={saveOnEnter} noValidate>
        <Stack gap="sm">
          <DraftOfferAlert draft={draft} />
          <FormAlert>{formError}</FormAlert>
          <ContactSessionFields
            form={form as never}
            places={{ recent, programme: defaults.places }}
            dateText={dateText}
            onDateText={typedDate}
            somewhereElse={somewhereElse}
            onSomewhereElse={setSomewhereElse}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={submitting}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            >
              Save the session
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

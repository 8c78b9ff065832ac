import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { contract, type InputOf } from '../../../../shared/contract';
import type { Candidate, Suggestions } from '../../../../shared/contract/matching';
import { isApiError } from '../../../api/api-error';
import { useChannelMutation } from '../../../api/channels';
import { navigate } from '../../../app/router';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { applyServerErrors, focusFirstInvalid } from '../../../components/forms';
import { notifySaved } from '../../../components/notify';
import { matchPath } from '../matches/match-paths';

interface Props {
  suggestions: Suggestions;
  candidate: Candidate | null;
  onClose(): void;
}

/** Propose one mentor. Anyone but the top suggestion needs a reason, which is kept and audited. */
export function ProposeMatchModal({ suggestions, candidate, onClose }: Props) {
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <FormModal
      opened={candidate !== null}
      title={
        candidate ? `Propose ${candidate.name} for ${suggestions.mentee.displayName}` : 'Propose a match'
      }
      dirty={dirty}
      onClose={close}
    >
      {candidate && (
        <ProposeForm suggestions={suggestions} candidate={candidate} onClose={close} onDirty={setDirty} />
      )}
    </FormModal>
  );
}

function ProposeForm({
  suggestions,
  candidate,
  onClose,
  onDirty,
}: {
  suggestions: Suggestions;
  candidate: Candidate;
  onClose(): void;
  onDirty(dirty: boolean): void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [unmet, setUnmet] = useState<readonly string[]>([]);
  const mutation = useChannelMutation(contract.matching.propose);
  const needsReason = candidate.rank !== 1;
  const top = suggestions.candidates[0];
  const form = useForm<InputOf<typeof contract.matching.propose> & Record<string, unknown>>({
    mode: 'controlled',
    initialValues: {
      menteeId: suggestions.mentee.id,
      mentorId: candidate.mentorId,
      overrideReason: '',
      note: '',
    },
    validate: {
      overrideReason: (v: unknown) =>
        needsReason && !String(v ?? '').trim()
          ? 'Say why you chose this mentor rather than the top suggestion.'
          : null,
    },
  });
  const dirty = form.isDirty();
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const pending = candidate.gates.filter((g) => g.outcome === 'pending');

  const onSubmit = form.onSubmit(async (values, event) => {
    setFormError(null);
    try {
      const out = await mutation.mutateAsync(values);
      notifySaved(
        'Match proposed',
        `${out.reference}: tell ${candidate.name} the basics and ask if they agree.`,
      );
      onDirty(false);
      await navigate(matchPath(out.id));
    } catch (error) {
      if (isApiError(error) && error.code === 'GATE_NOT_MET') setUnmet(error.unmet ?? []);
      setFormError(applyServerErrors(form, error));
      focusFirstInvalid(null, null, event);
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert>{formError}</FormAlert>
        {unmet.length > 0 && (
          <List size="sm">
            {unmet.map((u) => (
              <List.Item key={u}>{u}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm">
          {candidate.name} is suggestion {candidate.rank} of {suggestions.candidatesTotal}, with{' '}
          {candidate.score} of {candidate.maxScore} points. The match starts as proposed: the mentor is told
          the basics first, then each side agrees or declines.
        </Text>
        {suggestions.releaseWarning && (
          <Alert color="orange" title="Release is soon">
            {suggestions.releaseWarning}
          </Alert>
        )}
        {pending.length > 0 && (
          <Alert color="yellow" title="Clearance not finished">
            {pending.map((g) => g.detail).join('. ')}. The match can be proposed, but they cannot meet in the
            prison until it is done.
          </Alert>
        )}
        {needsReason && (
          <Textarea
            label="Why this mentor rather than the top suggestion?"
            description={
              top ? `The top suggestion is ${top.name}. Your reason is kept with the match.` : undefined
            }
            required
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('overrideReason')}
          />
        )}
        <Textarea label="Note (optional)" autosize minRows={1} maxRows={6} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Propose this match
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

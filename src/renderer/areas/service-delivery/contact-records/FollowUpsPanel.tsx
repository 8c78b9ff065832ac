import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { RouterLink } from '../../../app/RouterLink';
import { contract } from '../../../../shared/contract';
import type { FollowUp } from '../../../../shared/contract/mentoring';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { closeIfClean, FormModal } from '../../../components/FormModal';
import { useChannelForm } from '../../../components/forms/useChannelForm';
import { ModalFooter } from '../../../components/ModalFooter';
import { notifySaved } from '../../../components/notify';
import { useSignedIn } from '../../../session/session-context';
import { mayCall } from '../../../session/permissions';
import { IsoDateField } from '../../training/IsoDateField';
import { todayIso } from './contact-format';
import { recordOfContactPath } from './contact-paths';

const m = contract.mentoring;
const SOURCE_LABELS: Record<FollowUp['source'], string> = {
  contact_record: 'From a session',
  checkin: 'From a check-in',
  incident: 'From an incident',
};

/**
 * Open concern follow-ups, overdue first: for one match (on its tabs) or for everything in the
 * reader's casework (on the Record of contact screen, each naming its match). Nothing shows when
 * there is nothing to follow up.
 */
export function FollowUpsPanel({ matchId }: { matchId?: string }) {
  const list = useChannelQuery(m.followUps, matchId ? { matchId } : {});
  const canComplete = mayCall(m.completeFollowUp, useSignedIn().session.roles);
  const [doing, setDoing] = useState<FollowUp | null>(null);
  if (list.error)
    return <FormAlert title="The follow-ups could not be loaded">{errorMessage(list.error)}</FormAlert>;
  if (!list.data?.items.length) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="follow-ups-heading">
      <Title order={2} fz="h5" id="follow-ups-heading" mb="xs">
        Concerns to follow up ({list.data.items.length})
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data.items.map((f) => (
          <li key={f.id}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              {/* The text gives way in a narrow window, never the button (it was cut in half). */}
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs">
                  <Badge
                    size="sm"
                    color={f.overdue ? 'red' : 'yellow'}
                    variant="light"
                    style={{ textTransform: 'none' }}
                  >
                    {f.overdue ? `Overdue since ${formatUkDate(f.dueOn)}` : `Due ${formatUkDate(f.dueOn)}`}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {SOURCE_LABELS[f.source]}, {formatUkDate(f.raisedOn)}
                  </Text>
                  {!matchId && (
                    <Anchor component={RouterLink} to={recordOfContactPath(f.matchId)} size="sm">
                      {f.mentorName} and {f.menteeName} ({f.matchReference})
                    </Anchor>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {f.note}
                </Text>
              </div>
              {canComplete && (
                <Button
                  size="xs"
                  variant="light"
                  flex="none"
                  leftSection={<IconCheck size={14} aria-hidden />}
                  onClick={() => setDoing(f)}
                  aria-label={`Mark done: the concern raised on ${formatUkDate(f.raisedOn)}`}
                >
                  Mark done
                </Button>
              )}
            </Group>
          </li>
        ))}
      </Stack>
      {doing && <MarkDoneModal followUp={doing} onClose={() => setDoing(null)} />}
    </Card>
  );
}

function MarkDoneModal({ followUp, onClose }: { followUp: FollowUp; onClose(): void }) {
  const { form, onSubmit, formError, submitting, dirty } = useChannelForm(m.completeFollowUp, {
    initialValues: { id: followUp.id, onDate: todayIso(), outcome: '' },
    guard: false,
    onSaved: () => {
      notifySaved('Follow-up done', 'The concern is marked as followed up.');
      onClose();
    },
  });
  return (
    <FormModal opened title="Mark the follow-up done" dirty={dirty} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {followUp.note}
          </Text>
          <FormAlert>{formError}</FormAlert>
          <IsoDateField
            label="Done on"
            required
            value={form.getValues().onDate}
            onChange={(v) => form.setFieldValue('onDate', v ?? '')}
            error={form.getInputProps('onDate').error}
          />
          <Textarea
            label="What was done"
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('outcome')}
          />
          <ModalFooter>
            <Button variant="default" onClick={() => void closeIfClean(dirty, onClose)}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Mark done
            </Button>
          </ModalFooter>
        </Stack>
      </form>
    </FormModal>
  );
}

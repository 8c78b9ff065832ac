import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Mentee, MenteeReadiness } from '../../../../shared/contract/mentees';
import {
  CONSENT_METHOD_LABELS,
  CUSTODY_STATUS_LABELS,
  OFFENCE_CATEGORY_LABELS,
  REFERRAL_SOURCE_LABELS,
  SENTENCE_TYPE_LABELS,
} from '../../../../shared/mentees/referral';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { formatDateTime } from '../../../components/dates';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
// The mentor file's print styles: the same paper layout for both kinds of file.
import '../../service-development/mentors/mentor-file.css';
import { menteeStageLabel } from './mentee-format';
import { menteePath } from './mentee-paths';
import { Facts, Section } from './file-sections';
import { MenteeFileAssessment } from './MenteeFileAssessment';

const d = (iso: string | null | undefined) => (iso ? formatUkDate(iso) : '—');
const or = (text: string | null | undefined) => (text ? text : '—');

/** The mentee file: the record, referral, assessment, readiness and history on one page, for printing. */
export function MenteeFilePage() {
  const { id = '' } = useParams();
  const mentee = useChannelQuery(contract.mentees.get, { id });
  const readiness = useChannelQuery(contract.mentees.readiness, { id });
  const error = mentee.error ?? readiness.error;
  if (error)
    return (
      <Page title="Mentee file">
        <FormAlert title="The mentee file could not be put together">{errorMessage(error)}</FormAlert>
      </Page>
    );
  if (!mentee.data || !readiness.data) return <Loader aria-label="Putting the mentee file together" />;
  return <MenteeFile mentee={mentee.data} readiness={readiness.data} />;
}

function MenteeFile({ mentee: x, readiness }: { mentee: Mentee; readiness: MenteeReadiness }) {
  const r = x.referrals[0];
  return (
    <Page title={`Mentee file: ${x.displayName}`} description="Printed from Waymark. Confidential.">
      <div className="mentor-file">
        <Group className="no-print" mb="md">
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
            Print
          </Button>
          <Anchor component={RouterLink} to={menteePath(x.id)} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              Back to the record
            </Group>
          </Anchor>
        </Group>
        <Stack gap="md">
          <Text className="print-title" fw={700} fz="18pt">
            Mentee file: {x.displayName}
          </Text>
          <Text size="sm">
            {x.firstName} {x.lastName} ({x.reference}): {menteeStageLabel(x.stage)} since {d(x.stageSince)}.
            Printed {formatDateTime(new Date())}.
          </Text>
          <Section title="Details">
            <Facts
              rows={[
                [
                  'Date of birth',
                  `${d(x.dateOfBirth)}${x.ageNow !== null && x.ageNow !== undefined ? ` (${x.ageNow})` : ''}`,
                ],
                ['Home area', or(x.homeArea)],
                ['Address on release', or(x.addressOnRelease)],
                ['Caseworker', or(x.caseworkerName)],
                ['Case manager', or([x.caseManagerName, x.caseManagerContact].filter(Boolean).join(', '))],
                ['Interests', or((x.interests ?? []).join(', '))],
                ['Languages', or((x.languages ?? []).join(', '))],
                [
                  'Adaptations',
                  x.accessibleFormat ? `Accessible format. ${x.adaptations ?? ''}` : or(x.adaptations),
                ],
                ['Notes', or(x.notes)],
              ]}
            />
          </Section>
          <Section title="Custody and release">
            <Facts
              rows={[
                ['Prison number', or(x.prisonNumber)],
                ['Establishment', or(x.establishmentName)],
                ['Custody', x.custodyStatus ? CUSTODY_STATUS_LABELS[x.custodyStatus] : '—'],
                [
                  'Sentence',
                  `${x.sentenceType ? SENTENCE_TYPE_LABELS[x.sentenceType] : '—'}${x.sentenceMonths ? `, ${x.sentenceMonths} months` : ''}`,
                ],
                ['Offence category', x.offenceCategory ? OFFENCE_CATEGORY_LABELS[x.offenceCategory] : '—'],
                ['Release', `expected ${d(x.expectedRelease)}, confirmed ${d(x.confirmedRelease)}`],
                ['Licence ends', d(x.licenceEnd)],
              ]}
            />
          </Section>
          {r && (
            <Section title="Referral and consent">
              <Facts
                rows={[
                  [
                    'Referred',
                    `${d(r.referredOn)} by ${REFERRAL_SOURCE_LABELS[r.source]}${r.agency ? ` (${r.agency})` : ''}`,
                  ],
                  ['Acknowledged', d(r.acknowledgedOn)],
                  ['Criteria met', or((r.criteriaMet ?? []).join('; '))],
                  ['Reason', or(r.reason)],
                  ['Hopes', or(r.hopes)],
                  [
                    'Consent',
                    x.consentGivenOn
                      ? `${d(x.consentGivenOn)}${x.consentHow ? `, ${CONSENT_METHOD_LABELS[x.consentHow]}` : ''}`
                      : '—',
                  ],
                  ['Never a licence condition', r.notALicenceCondition ? 'Confirmed' : '—'],
                ]}
              />
            </Section>
          )}
          <Section title="Readiness for matching">
            {readiness.unmet.length === 0 ? (
              <Text size="sm">Every condition for matching is met.</Text>
            ) : (
              <Facts rows={readiness.unmet.map((u, i) => [`Not met (${i + 1})`, u.message])} />
            )}
          </Section>
          <Section title="Stages">
            <Facts
              rows={x.history.map((h) => [
                `${d(h.onDate)} ${menteeStageLabel(h.stage)}`,
                [h.note ?? '', `(recorded by ${or(h.recordedByName)})`].filter(Boolean).join(' '),
              ])}
            />
          </Section>
          <MenteeFileAssessment menteeId={x.id} />
          <Section title="Where they have been held">
            <Facts
              rows={x.moves.map((v) => [
                `From ${d(v.movedOn)}`,
                `${or(v.establishmentName)}${v.note ? `. ${v.note}` : ''}`,
              ])}
            />
          </Section>
        </Stack>
      </div>
    </Page>
  );
}

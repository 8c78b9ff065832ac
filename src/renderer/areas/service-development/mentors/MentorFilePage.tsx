import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { contract, type OutputOf } from '../../../../shared/contract';
import type { Mentor, MentorReadiness } from '../../../../shared/contract/mentors';
import {
  CLEARANCE_STATUS_LABELS,
  DBS_OUTCOME_LABELS,
  DECISION_OUTCOME_LABELS,
  INTERVIEW_OUTCOME_LABELS,
} from '../../../../shared/mentors/screening';
import { EMPLOYMENT_STATUS_LABELS, WEEKDAY_LABELS } from '../../../../shared/mentors/pipeline';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { formatDateTime } from '../../../components/dates';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { stageLabel } from './mentor-format';
import { mentorPath } from './mentor-paths';
import './mentor-file.css';

const d = (iso: string | null | undefined) => (iso ? formatUkDate(iso) : '—');
const or = (text: string | null | undefined) => (text ? text : '—');

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None recorded.
      </Text>
    );
  return (
    <table>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={{ width: '32%' }}>
              {label}
            </th>
            <td style={{ whiteSpace: 'pre-wrap' }}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} fz="h4" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * The mentor file: the whole record on one page, for printing (for a supervision file, or when a
 * prison asks). Screening and vetting are included, so only roles that read them open it.
 */
export function MentorFilePage() {
  const { id = '' } = useParams();
  const mentor = useChannelQuery(contract.mentors.get, { id });
  const readiness = useChannelQuery(contract.mentors.readiness, { id });
  const screening = useChannelQuery(contract.screening.forMentor, { mentorId: id });
  const clearances = useChannelQuery(contract.screening.clearances, { mentorId: id });
  const error = mentor.error ?? readiness.error ?? screening.error ?? clearances.error;
  if (error)
    return (
      <Page title="Mentor file">
        <FormAlert title="The mentor file could not be put together">{errorMessage(error)}</FormAlert>
      </Page>
    );
  if (!mentor.data || !readiness.data || !screening.data || !clearances.data)
    return <Loader aria-label="Putting the mentor file together" />;
  return (
    <MentorFile
      mentor={mentor.data}
      readiness={readiness.data}
      screening={screening.data}
      clearances={clearances.data.items}
    />
  );
}

type Screening = OutputOf<typeof contract.screening.forMentor>;
type Clearances = OutputOf<typeof contract.screening.clearances>['items'];

function MentorFile({
  mentor: x,
  readiness,
  screening,
  clearances,
}: {
  mentor: Mentor;
  readiness: MentorReadiness;
  screening: Screening;
  clearances: Clearances;
}) {
  const address = [x.addressLine1, x.addressLine2, x.town, x.postcode].filter(Boolean).join(', ');
  const today = ukToday(new Date());
  return (
    <Page title={`Mentor file: ${x.displayName}`} description={`Printed from Waymark. Confidential.`}>
      <div className="mentor-file">
        <Group className="no-print" mb="md">
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
            Print
          </Button>
          <Anchor component={RouterLink} to={mentorPath(x.id)} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              Back to the record
            </Group>
          </Anchor>
        </Group>
        <Stack gap="md">
          <Text className="print-title" fw={700} fz="18pt">
            Mentor file: {x.displayName}
          </Text>
          <Text size="sm">
            {x.firstName} {x.lastName}
            {x.preferredName ? ` (known as ${x.preferredName})` : ''}: {stageLabel(x.stage)} since{' '}
            {d(x.stageSince)}. Printed {formatDateTime(new Date())}.
          </Text>
          <Section title="Details">
            <Facts
              rows={[
                ['Date of birth', d(x.dateOfBirth)],
                ['Email', or(x.email)],
                ['Telephone', or(x.phone)],
                ['Address', or(address)],
                ['Enquiry', `${d(x.enquiryDate)}${x.heardVia ? `, heard through ${x.heardVia}` : ''}`],
                ['Application', d(x.applicationDate)],
                ['Employment', x.employmentStatus ? EMPLOYMENT_STATUS_LABELS[x.employmentStatus] : '—'],
                ['Interests and skills', or([...(x.interests ?? []), ...(x.skills ?? [])].join(', '))],
                ['Languages', or((x.languages ?? []).join(', '))],
                ['Days usually free', or((x.availability ?? []).map((w) => WEEKDAY_LABELS[w]).join(', '))],
                ['Cluster', x.clusterName ?? '—'],
                ['Lead mentor', x.isLeadMentor ? 'Yes' : 'No'],
                ['Hard to work with', or(x.hardToWorkWith)],
                ['Notes', or(x.notes)],
              ]}
            />
          </Section>
          <Section title="Readiness">
            {readiness.unmet.length === 0 ? (
              <Text size="sm">Every condition for being ready is met.</Text>
            ) : (
              <Facts rows={readiness.unmet.map((u, i) => [`Not met (${i + 1})`, u.message])} />
            )}
            {readiness.exceptions.map((e) => (
              <Text size="sm" key={e.id} mt="xs">
                Exception ({stageLabel(e.stage)}), {formatDateTime(e.recordedAt)} by {or(e.recordedByName)}:{' '}
                {e.reason}
              </Text>
            ))}
          </Section>
          <Section title="Pipeline">
            <Facts
              rows={x.history.map((h) => [
                `${d(h.onDate)} ${stageLabel(h.stage)}`,
                [h.byException ? 'By exception.' : '', h.note ?? '', `(recorded by ${or(h.recordedByName)})`]
                  .filter(Boolean)
                  .join(' '),
              ])}
            />
          </Section>
          <Section title="References">
            <Facts
              rows={screening.references.map((r, i) => [
                `Reference ${i + 1}: ${r.refereeName}`,
                `Requested ${d(r.requestedOn)}, received ${d(r.receivedOn)}; satisfactory: ${r.satisfactory.replace('_', ' ')}${r.concerns ? `. Concerns: ${r.concerns}` : ''}`,
              ])}
            />
          </Section>
          <Section title="Enhanced DBS checks">
            <Facts
              rows={screening.dbsChecks.map((c) => [
                `Issued ${d(c.issueDate)}`,
                `${DBS_OUTCOME_LABELS[c.outcome]}; renewal due ${d(c.renewalDue)}${c.updateService ? '; on the update service' : ''}`,
              ])}
            />
          </Section>
          <Section title="Interview and decision">
            <Facts
              rows={[
                ...screening.interviews.map((i): [string, string] => [
                  `Interview ${d(i.heldOn)}`,
                  `${INTERVIEW_OUTCOME_LABELS[i.outcome]}; panel: ${i.panel}`,
                ]),
                ...screening.decisions.map((c): [string, string] => [
                  `Decision ${d(c.decidedOn)}`,
                  `${DECISION_OUTCOME_LABELS[c.outcome]}${c.trialPeriod ? `, trial period to ${d(c.trialReviewDue)}` : ''}${c.reasons ? `. ${c.reasons}` : ''}`,
                ]),
              ]}
            />
          </Section>
          <Section title="Prison clearance">
            <Facts
              rows={clearances.map((c) => [
                c.establishmentName,
                `${CLEARANCE_STATUS_LABELS[c.status]}${c.clearedOn ? `, cleared ${d(c.clearedOn)}` : ''}${c.expiresOn ? `, ${c.expiresOn < today ? 'expired' : 'expires'} ${d(c.expiresOn)}` : ''}`,
              ])}
            />
          </Section>
        </Stack>
      </div>
    </Page>
  );
}

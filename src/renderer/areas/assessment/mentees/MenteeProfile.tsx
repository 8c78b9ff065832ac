import { Stack, Table, Text } from '@mantine/core';
import type { Mentee } from '../../../../shared/contract/mentees';
import {
  CONSENT_METHOD_LABELS,
  CUSTODY_STATUS_LABELS,
  REFERRAL_SOURCE_LABELS,
  SENTENCE_TYPE_LABELS,
} from '../../../../shared/mentees/referral';
import { DetailSection } from '../../../components/details/DetailSection';
import { menteeStageLabel, ukOrBlank } from './mentee-format';

/**
 * What the caller may see of the record. Fields their view leaves out arrive blank from the core
 * (another caseworker's mentee: name, reference, stage and establishment only), shown as such.
 */
export function MenteeProfile({ mentee, full }: { mentee: Mentee; full: boolean }) {
  // Someone else's caseload: say what is withheld rather than show it all as "Not recorded".
  if (!full)
    return (
      <DetailSection
        title="On another caseload"
        items={[
          { label: 'Programme reference', value: mentee.reference },
          { label: 'Establishment', value: mentee.establishmentName ?? '' },
          { label: 'Caseworker', value: mentee.caseworkerName ?? '' },
          {
            label: 'What you can see',
            value:
              'Their name, reference, stage and establishment. Their caseworker or a co-ordinator has the rest.',
            wide: true,
          },
        ]}
      />
    );
  const age = (n: number | null | undefined) => (n === null || n === undefined ? '' : `${n}`);
  const referral = mentee.referrals[0];
  return (
    <Stack>
      <DetailSection
        title="Who they are"
        items={[
          { label: 'Programme reference', value: mentee.reference },
          { label: 'Date of birth', value: ukOrBlank(mentee.dateOfBirth) },
          { label: 'Age now', value: age(mentee.ageNow) },
          { label: 'Age at release', value: age(mentee.ageAtRelease) },
          { label: 'Home area', value: mentee.homeArea ?? '' },
          { label: 'Caseworker', value: mentee.caseworkerName ?? '' },
        ]}
      />
      <DetailSection
        title="Custody and release"
        items={[
          { label: 'Prison number', value: mentee.prisonNumber ?? '' },
          { label: 'Establishment', value: mentee.establishmentName ?? '' },
          {
            label: 'Custody',
            value: mentee.custodyStatus ? CUSTODY_STATUS_LABELS[mentee.custodyStatus] : '',
          },
          { label: 'Sentence', value: mentee.sentenceType ? SENTENCE_TYPE_LABELS[mentee.sentenceType] : '' },
          { label: 'Expected release', value: ukOrBlank(mentee.expectedRelease) },
          { label: 'Confirmed release', value: ukOrBlank(mentee.confirmedRelease) },
          { label: 'Case manager', value: mentee.caseManagerName ?? '' },
        ]}
      />
      {referral && (
        <DetailSection
          title="Referral"
          items={[
            { label: 'Referred by', value: REFERRAL_SOURCE_LABELS[referral.source] },
            { label: 'Agency', value: referral.agency },
            { label: 'Referred on', value: ukOrBlank(referral.referredOn) },
            { label: 'Acknowledged on', value: ukOrBlank(referral.acknowledgedOn) },
            {
              label: 'Consent',
              value: mentee.consentGivenOn
                ? `${ukOrBlank(mentee.consentGivenOn)}${mentee.consentHow ? `, ${CONSENT_METHOD_LABELS[mentee.consentHow]}` : ''}`
                : '',
            },
            {
              label: 'Never a licence condition',
              value: referral.notALicenceCondition ? 'Confirmed' : '',
            },
            { label: 'Criteria met', value: (referral.criteriaMet ?? []).join('; '), wide: true },
            { label: 'What they would like help with', value: referral.hopes ?? '', wide: true },
            { label: 'From the slip', value: referral.selfReferralNote ?? '', wide: true },
          ]}
        />
      )}
    </Stack>
  );
}

/** The steps so far and where they have been held, newest first. */
export function MenteePipeline({ mentee }: { mentee: Mentee }) {
  return (
    <Stack>
      <DetailSection title="Stages">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Recorded by</Table.Th>
              <Table.Th>Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mentee.history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{ukOrBlank(h.onDate)}</Table.Td>
                <Table.Td>{menteeStageLabel(h.stage)}</Table.Td>
                <Table.Td>{h.recordedByName ?? ''}</Table.Td>
                <Table.Td>{h.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </DetailSection>
      <DetailSection title="Where they have been held">
        {mentee.moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            No establishment recorded yet.
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>From</Table.Th>
                <Table.Th>Establishment</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mentee.moves.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{ukOrBlank(v.movedOn)}</Table.Td>
                  <Table.Td>{v.establishmentName ?? ''}</Table.Td>
                  <Table.Td>{v.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </DetailSection>
    </Stack>
  );
}

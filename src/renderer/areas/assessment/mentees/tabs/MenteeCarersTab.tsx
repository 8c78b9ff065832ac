import { Alert, Badge, Loader, Stack } from '@mantine/core';
import { contract } from '../../../../../shared/contract';
import { type MenteeCarer, PARENTAL_CONSENT_MAX_AGE } from '../../../../../shared/contract/assessment';
import { errorMessage } from '../../../../api/api-error';
import { useChannelQuery } from '../../../../api/channels';
import { DetailList } from '../../../../components/details/DetailSection';
import { FormAlert } from '../../../../components/FormAlert';
import { mayCall } from '../../../../session/permissions';
import { useSignedIn } from '../../../../session/session-context';
import {
  ScreeningRecord,
  ScreeningSection,
} from '../../../service-development/mentors/screening/ScreeningSection';
import { ukDate } from '../../../service-development/mentors/screening/screening-format';
import { useModalState } from '../../../service-development/mentors/screening/useModalState';
import { CarerModal } from './CarerModal';

/** Parents and carers (for mentees under 18), the key contact first, and parental consent. */
export function MenteeCarersTab({ menteeId }: { menteeId: string }) {
  const { session } = useSignedIn();
  const found = useChannelQuery(contract.assessment.carers, { menteeId });
  const modal = useModalState<{ record: MenteeCarer | null }>();
  const mayWrite = mayCall(contract.assessment.saveCarer, session.roles);
  if (found.error)
    return <FormAlert title="Parents and carers could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading parents and carers" />;
  const { items, ageYears, consentMissing } = found.data;
  return (
    <Stack gap="lg">
      {consentMissing && (
        <Alert color="orange" title="Parental consent needed">
          They are {ageYears}: at {PARENTAL_CONSENT_MAX_AGE} and under, a parent or carer’s consent must be
          recorded before mentoring starts. None is recorded yet.
        </Alert>
      )}
      <ScreeningSection
        title="Parents and carers"
        summary={ageYears === null ? 'Date of birth not recorded.' : `Age ${ageYears}.`}
        addLabel={mayWrite ? 'Add a parent or carer' : undefined}
        onAdd={() => modal.show({ record: null })}
        empty="No parents or carers recorded."
      >
        {items.map((c) => (
          <ScreeningRecord
            key={c.id}
            heading={c.name}
            badges={
              <>
                {c.isKeyContact && <Badge variant="light">Key contact</Badge>}
                {c.parentalConsentOn && (
                  <Badge color="teal" variant="light">
                    Consent given
                  </Badge>
                )}
              </>
            }
            changeLabel={mayWrite ? `Change ${c.name}` : undefined}
            onChange={() => modal.show({ record: c })}
          >
            <DetailList
              items={[
                { label: 'Relationship', value: c.relationship },
                { label: 'Phone', value: c.phone },
                { label: 'Email', value: c.email },
                { label: 'Literature given', value: ukDate(c.literatureGivenOn) },
                { label: 'Parental consent', value: ukDate(c.parentalConsentOn) },
                { label: 'Consent form', value: c.parentalConsentForm },
                { label: 'Address', value: c.address, wide: true },
                { label: 'Involvement', value: c.involvement, wide: true },
              ]}
            />
          </ScreeningRecord>
        ))}
      </ScreeningSection>
      {modal.open && <CarerModal menteeId={menteeId} carer={modal.open.record} onClose={modal.close} />}
    </Stack>
  );
}

import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Agreement, LinkWorker, Partner } from '../../../../shared/contract/partners';
import { REFERRAL_SOURCE_LABELS } from '../../../../shared/mentees/referral';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_STATUS_LABELS,
  LIAISON_METHOD_LABELS,
  PARTNER_KIND_LABELS,
} from '../../../../shared/partners/partners';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelMutation, useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { PARTNERS_PATH } from './partner-paths';
import {
  AgreementDocumentModal,
  AgreementModal,
  AttachAgreementModal,
  LiaisonModal,
  LinkWorkerModal,
  PartnerFormModal,
} from './PartnerModals';

const c = contract.partners;
const day = (iso: string | null) => (iso ? formatUkDate(iso) : '—');

const BackToList = () => (
  <Anchor component={RouterLink} to={PARTNERS_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All partners
    </Group>
  </Anchor>
);

/** One partner agency: details, referrals, link workers, agreements and the liaison log. */
export function PartnerDetailPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(c.get, { id });
  if (found.error)
    return (
      <Page
        title={isApiError(found.error) && found.error.code === 'NOT_FOUND' ? 'Partner not found' : 'Partner'}
      >
        <FormAlert title="The partner could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data) return <Loader aria-label="Loading the partner" />;
  return <PartnerDetails partner={found.data} />;
}

type Open =
  | { kind: 'edit' }
  | { kind: 'worker'; worker?: LinkWorker }
  | { kind: 'agreement'; agreement?: Agreement }
  | { kind: 'attach'; agreement: Agreement }
  | { kind: 'view'; agreement: Agreement }
  | { kind: 'liaison' };

function PartnerDetails({ partner: p }: { partner: Partner }) {
  const { session } = useSignedIn();
  const mayManage = mayCall(c.save, session.roles);
  const mayLiaise = mayCall(c.recordLiaison, session.roles);
  const [open, setOpen] = useState<Open | null>(null);
  const remove = useChannelMutation(c.removeLinkWorker);
  const close = () => setOpen(null);
  const address = [p.addressLine1, p.addressLine2, p.town, p.postcode].filter(Boolean).join('\n');
  return (
    <Page
      title={p.name}
      description={PARTNER_KIND_LABELS[p.kind]}
      actions={
        <>
          {mayLiaise && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setOpen({ kind: 'liaison' })}
            >
              Record a contact
            </Button>
          )}
          {mayManage && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setOpen({ kind: 'edit' })}
            >
              Edit details
            </Button>
          )}
        </>
      }
    >
      <BackToList />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <DetailSection
            title="Details"
            items={[
              { label: 'Establishment', value: p.establishmentName ?? '' },
              { label: 'Telephone', value: p.phone },
              { label: 'Email', value: p.email },
              { label: 'Address', value: address },
              { label: 'Notes', value: p.notes, wide: true },
            ]}
          />
          <DetailSection
            title="Referrals from this partner"
            items={[
              { label: `Since ${formatUkDate(p.referrals.yearFrom)}`, value: String(p.referrals.thisYear) },
              { label: 'All time', value: String(p.referrals.allTime) },
              {
                label: 'Counted when the referral source is',
                value: p.referralSource ? REFERRAL_SOURCE_LABELS[p.referralSource] : 'Any source',
              },
              {
                label: 'and the referring agency is',
                value: p.referralNames.length
                  ? p.referralNames.join('; ')
                  : p.referralSource
                    ? 'Any agency'
                    : 'Not set: no referrals are counted',
              },
            ]}
          />
        </SimpleGrid>

        <DetailSection title="Protocols and agreements">
          {mayManage && (
            <Button
              size="xs"
              variant="light"
              mb="sm"
              style={{ alignSelf: 'flex-start' }}
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setOpen({ kind: 'agreement' })}
            >
              Add a protocol or agreement
            </Button>
          )}
          {p.agreements.length === 0 ? (
            <Text c="dimmed">No protocol or agreement recorded.</Text>
          ) : (
            <TableScroll label="Agreements with this partner" minWidth={680}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Title</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Signed</Table.Th>
                    <Table.Th scope="col">Review by</Table.Th>
                    <Table.Th scope="col">Document</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.agreements.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        {mayManage ? (
                          <Anchor
                            component="button"
                            type="button"
                            ta="left"
                            onClick={() => setOpen({ kind: 'agreement', agreement: a })}
                          >
                            {a.title}
                          </Anchor>
                        ) : (
                          a.title
                        )}
                      </Table.Td>
                      <Table.Td>{AGREEMENT_KIND_LABELS[a.kind]}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={a.inDate ? 'green' : a.status === 'in_force' ? 'red' : 'gray'}
                        >
                          {a.status === 'in_force' && !a.inDate
                            ? 'Review overdue'
                            : AGREEMENT_STATUS_LABELS[a.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{day(a.signedOn)}</Table.Td>
                      <Table.Td>{day(a.reviewOn)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          {a.document && (
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setOpen({ kind: 'view', agreement: a })}
                              aria-label={`View the signed copy of ${a.title}`}
                            >
                              View
                            </Button>
                          )}
                          {mayManage && (
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setOpen({ kind: 'attach', agreement: a })}
                              aria-label={`Attach the signed copy of ${a.title}`}
                            >
                              {a.document ? 'Replace' : 'Attach'}
                            </Button>
                          )}
                          {!a.document && !mayManage && '—'}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </DetailSection>

        <DetailSection title="Link workers">
          {mayManage && (
            <Button
              size="xs"
              variant="light"
              mb="sm"
              style={{ alignSelf: 'flex-start' }}
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setOpen({ kind: 'worker' })}
            >
              Add a link worker
            </Button>
          )}
          <FormAlert title="The link worker could not be removed">
            {remove.error ? errorMessage(remove.error) : null}
          </FormAlert>
          {p.linkWorkers.length === 0 ? (
            <Text c="dimmed">No link worker recorded.</Text>
          ) : (
            <TableScroll label="Link workers for this partner" minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Telephone</Table.Th>
                    <Table.Th scope="col">Email</Table.Th>
                    {mayManage && (
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.linkWorkers.map((w) => (
                    <Table.Tr key={w.id}>
                      <Table.Td>{w.name}</Table.Td>
                      <Table.Td>{w.role || '—'}</Table.Td>
                      <Table.Td>{w.phone || '—'}</Table.Td>
                      <Table.Td>{w.email || '—'}</Table.Td>
                      {mayManage && (
                        <Table.Td>
                          <Group gap="xs">
                            <Button
                              size="xs"
                              variant="subtle"
                              aria-label={`Change ${w.name}`}
                              onClick={() => setOpen({ kind: 'worker', worker: w })}
                            >
                              Change
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Remove ${w.name}`}
                              loading={remove.isPending && remove.variables?.id === w.id}
                              onClick={() =>
                                // One click must not lose a contact: ask first, as other deletes do.
                                modals.openConfirmModal({
                                  title: `Remove ${w.name}?`,
                                  children: (
                                    <Text size="sm">
                                      {w.name} will no longer be listed as a link worker for {p.name}.
                                    </Text>
                                  ),
                                  labels: { confirm: 'Remove link worker', cancel: 'Keep them' },
                                  confirmProps: { color: 'red' },
                                  cancelProps: { 'data-autofocus': true },
                                  onConfirm: () => remove.mutate({ id: w.id }),
                                })
                              }
                            >
                              Remove
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </DetailSection>

        <DetailSection title="Liaison">
          {p.liaison.length === 0 ? (
            <Text c="dimmed">No contact recorded yet.</Text>
          ) : (
            <TableScroll label="Liaison contacts" minWidth={680}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">With</Table.Th>
                    <Table.Th scope="col">How</Table.Th>
                    <Table.Th scope="col">About</Table.Th>
                    <Table.Th scope="col">Follow-up</Table.Th>
                    <Table.Th scope="col">Recorded by</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.liaison.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{formatUkDate(l.contactedOn)}</Table.Td>
                      <Table.Td>{l.contactWith || '—'}</Table.Td>
                      <Table.Td>{LIAISON_METHOD_LABELS[l.method]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{l.about}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{l.followUp || '—'}</Table.Td>
                      <Table.Td>{l.recordedByName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </DetailSection>
      </Stack>
      {open?.kind === 'edit' && <PartnerFormModal partner={p} onClose={close} />}
      {open?.kind === 'worker' && <LinkWorkerModal partnerId={p.id} worker={open.worker} onClose={close} />}
      {open?.kind === 'agreement' && (
        <AgreementModal partnerId={p.id} agreement={open.agreement} onClose={close} />
      )}
      {open?.kind === 'attach' && <AttachAgreementModal agreement={open.agreement} onClose={close} />}
      {open?.kind === 'view' && <AgreementDocumentModal agreement={open.agreement} onClose={close} />}
      {open?.kind === 'liaison' && <LiaisonModal partner={p} onClose={close} />}
    </Page>
  );
}

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
import { IconArrowLeft, IconEye, IconFilePlus, IconPaperclip, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Policy, PolicyVersion } from '../../../../shared/contract/policies';
import { POLICY_KIND_LABELS, POLICY_STATUS_LABELS } from '../../../../shared/policies/policies';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { DateBadge } from './DateBadge';
import { FileModal } from './FileModal';
import { AddVersionModal, AttachDocumentModal, EditPolicyModal } from './PolicyModals';
import { STATUS_COLOURS } from './policy-format';
import { POLICIES_PATH } from './policy-paths';
import { StoredFileViewer } from './StoredFileViewer';

const c = contract.policies;

const BackToList = () => (
  <Anchor component={RouterLink} to={POLICIES_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All policies
    </Group>
  </Anchor>
);

export function PolicyDetailPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(c.get, { id });
  if (found.error)
    return (
      <Page
        title={isApiError(found.error) && found.error.code === 'NOT_FOUND' ? 'Policy not found' : 'Policy'}
      >
        <FormAlert title="The policy could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the policy" />
      </Stack>
    );
  return <PolicyDetails policy={found.data} />;
}

/** One policy: its details, the current version's document shown in the app, and every version. */
function PolicyDetails({ policy: p }: { policy: Policy }) {
  const { session } = useSignedIn();
  const mayWrite = mayCall(c.update, session.roles);
  const [editing, setEditing] = useState(false);
  const [versioning, setVersioning] = useState(false);
  const [attaching, setAttaching] = useState<PolicyVersion | null>(null);
  const [viewing, setViewing] = useState<PolicyVersion | null>(null);
  const current = p.versions.find((v) => v.current) ?? null;
  return (
    <Page
      title={p.title}
      description={
        <Group gap="xs" component="span">
          <span>{POLICY_KIND_LABELS[p.kind]}</span>
          <Badge variant="light" color={STATUS_COLOURS[p.status]}>
            {POLICY_STATUS_LABELS[p.status]}
          </Badge>
          {p.recommended && (
            <Badge variant="outline" color="gray">
              Recommended by the manual
            </Badge>
          )}
        </Group>
      }
      actions={
        mayWrite && (
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit details
            </Button>
            <Button leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => setVersioning(true)}>
              New version
            </Button>
          </>
        )
      }
    >
      <BackToList />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DetailSection
          title="Details"
          items={[
            { label: 'Owner', value: p.owner ?? '' },
            { label: 'Current version', value: p.version ?? 'None recorded yet' },
            { label: 'Approved', value: p.approvedOn ? formatUkDate(p.approvedOn) : '' },
            { label: 'Review by', value: <DateBadge date={p.reviewOn} state={p.reviewState} /> },
            { label: 'Summary', value: p.summary, wide: true },
          ]}
        />
        <DetailSection title="Document">
          {!current && <Text c="dimmed">Record the first version to attach its document.</Text>}
          {current && !current.file && (
            <Stack gap="xs" align="flex-start">
              <Text c="dimmed">Version {current.version} has no document attached yet.</Text>
              {mayWrite && (
                <Button
                  variant="light"
                  leftSection={<IconPaperclip size={16} aria-hidden />}
                  onClick={() => setAttaching(current)}
                >
                  Attach the document
                </Button>
              )}
            </Stack>
          )}
          {current?.file && (
            <StoredFileViewer
              of="policy_version"
              id={current.id}
              title={`${p.title}, version ${current.version}`}
            />
          )}
        </DetailSection>
      </SimpleGrid>
      <DetailSection title="Versions">
        {p.versions.length === 0 ? (
          <Text c="dimmed">No versions yet.</Text>
        ) : (
          <VersionTable policy={p} mayWrite={mayWrite} onView={setViewing} onAttach={setAttaching} />
        )}
      </DetailSection>
      {editing && <EditPolicyModal policy={p} onClose={() => setEditing(false)} />}
      {versioning && <AddVersionModal policy={p} onClose={() => setVersioning(false)} />}
      {attaching && (
        <AttachDocumentModal
          policy={p}
          versionId={attaching.id}
          version={attaching.version}
          onClose={() => setAttaching(null)}
        />
      )}
      {viewing && (
        <FileModal
          of="policy_version"
          id={viewing.id}
          title={`${p.title}, version ${viewing.version}`}
          onClose={() => setViewing(null)}
        />
      )}
    </Page>
  );
}

function VersionTable({
  policy,
  mayWrite,
  onView,
  onAttach,
}: {
  policy: Policy;
  mayWrite: boolean;
  onView(v: PolicyVersion): void;
  onAttach(v: PolicyVersion): void;
}) {
  return (
    <TableScroll label="Versions, newest first" minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Approved</Table.Th>
            <Table.Th scope="col">Review by</Table.Th>
            <Table.Th scope="col">What changed</Table.Th>
            <Table.Th scope="col">Recorded</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Document</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policy.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {v.version}
                  </Text>
                  {v.current && (
                    <Badge size="sm" variant="light">
                      Current
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.approvedOn ? formatUkDate(v.approvedOn) : '—'}</Text>
                {v.approvedBy && (
                  <Text size="xs" c="dimmed">
                    {v.approvedBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {v.reviewOn ? formatUkDate(v.reviewOn) : '—'}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {v.changes || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatUkDate(v.recordedAt.slice(0, 10))}
                </Text>
                <Text size="xs" c="dimmed">
                  {v.recordedByName}
                </Text>
              </Table.Td>
              <Table.Td>
                {v.file ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconEye size={14} aria-hidden />}
                    aria-label={`View the document of version ${v.version}`}
                    onClick={() => onView(v)}
                  >
                    View
                  </Button>
                ) : mayWrite ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPaperclip size={14} aria-hidden />}
                    aria-label={`Attach the document of version ${v.version}`}
                    onClick={() => onAttach(v)}
                  >
                    Attach
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    No document
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { contract, type InputOf } from '../../../../shared/contract';
import { PARTNER_KIND_LABELS, PARTNER_KINDS, type PartnerKind } from '../../../../shared/partners/partners';
import { ukToday } from '../../../../shared/mentors/dates';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { Pager } from '../../../components/data-table/Pager';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { KIND_OPTIONS } from './partner-format';
import { partnerPath } from './partner-paths';
import { PartnerFormModal } from './PartnerModals';

const c = contract.partners;
const PAGE_SIZE = 25;

/**
 * Partner agencies: whether each has an agreement in date and when the next review is, referrals
 * from them this financial year and in all, and liaison this quarter (standard 5).
 */
export function PartnersListPage() {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const input: InputOf<typeof c.list> = {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...((PARTNER_KINDS as readonly string[]).includes(kind) ? { kind: kind as PartnerKind } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useChannelQuery(c.list, input, { placeholderData: keepPreviousData });
  const d = list.data;
  const today = ukToday(new Date());
  return (
    <Page
      title="Partners and protocols"
      description="The agencies the programme works with, their agreements, liaison and the referrals they send."
      actions={
        mayCall(c.save, session.roles) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Add a partner
          </Button>
        )
      }
    >
      <Stack gap="md">
        {d && (
          <Card withBorder padding="md" component="section" aria-label="Liaison this quarter">
            <Text>
              <Text span fw={700} fz="xl">
                {d.quarter.liaisonContacts}
              </Text>{' '}
              liaison contacts with partners this quarter ({formatUkDate(d.quarter.from)} to{' '}
              {formatUkDate(d.quarter.to)}). Referrals “this year” count from {formatUkDate(d.yearFrom)}.
            </Text>
          </Card>
        )}
        <Group align="flex-end" gap="md" role="search" aria-label="Filter partners">
          <TextInput
            label="Search"
            placeholder="Name or town"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            w={260}
          />
          <Select
            label="Kind"
            data={[{ value: '', label: 'Any' }, ...KIND_OPTIONS]}
            value={kind}
            allowDeselect={false}
            onChange={(v) => {
              setKind(v ?? '');
              setPage(1);
            }}
            w={240}
          />
        </Group>
        <FormAlert title="The partners could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!d && !list.error && <Loader aria-label="Loading the partners" />}
        {d?.items.length === 0 && <Text c="dimmed">No partner agency matches.</Text>}
        {!!d?.items.length && (
          <TableScroll label="Partner agencies" minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Partner</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Agreement in date</Table.Th>
                  <Table.Th scope="col">Next review</Table.Th>
                  <Table.Th scope="col">Referrals this year</Table.Th>
                  <Table.Th scope="col">All referrals</Table.Th>
                  <Table.Th scope="col">Liaison this quarter</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={RouterLink} to={partnerPath(p.id)}>
                        {p.name}
                      </Anchor>
                      {p.town && (
                        <Text size="xs" c="dimmed">
                          {p.town}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{PARTNER_KIND_LABELS[p.kind]}</Table.Td>
                    <Table.Td>
                      {p.inDateAgreement ? (
                        <Badge color="green" variant="light">
                          Yes
                        </Badge>
                      ) : (
                        <Badge color="orange" variant="light">
                          No
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.nextReviewOn && p.nextReviewOn < today ? (
                        <Badge color="red" variant="light">
                          Overdue: {formatUkDate(p.nextReviewOn)}
                        </Badge>
                      ) : p.nextReviewOn ? (
                        formatUkDate(p.nextReviewOn)
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{p.referralsThisYear}</Table.Td>
                    <Table.Td>{p.referralsAllTime}</Table.Td>
                    <Table.Td>{p.liaisonThisQuarter}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {d && d.total > 0 && (
          <Pager
            total={d.total}
            page={d.page}
            pageSize={d.pageSize}
            noun={{ one: 'partner', many: 'partners' }}
            onPageChange={setPage}
          />
        )}
      </Stack>
      {adding && (
        <PartnerFormModal onClose={() => setAdding(false)} onSaved={(id) => void navigate(partnerPath(id))} />
      )}
    </Page>
  );
}

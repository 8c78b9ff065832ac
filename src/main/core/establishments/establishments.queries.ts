import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { CoreError } from '../../../shared/errors';
import type {
  Cluster,
  Establishment,
  EstablishmentRow,
  Region,
  establishmentFields,
  establishmentListInput,
} from '../../../shared/contract/establishments';

/**
 * All SQL for establishments, clusters and regions. Raw queries with explicit columns: lists are
 * read far more often than written, and the raw driver path costs about what SQLite does.
 */
type Fields = z.output<typeof establishmentFields>;
type ListInput = z.output<typeof establishmentListInput>;

const notFound = () => new CoreError('NOT_FOUND', 'That establishment no longer exists.');

const DETAIL_SQL = `
  SELECT e.id, e.name, e.kind, e.operator, e.address_line1 AS addressLine1, e.address_line2 AS addressLine2,
         e.town, e.postcode, e.phone, e.visiting_arrangements AS visitingArrangements,
         e.legal_visit_arrangements AS legalVisitArrangements, e.security_contact_name AS securityContactName,
         e.security_contact_phone AS securityContactPhone, e.security_contact_email AS securityContactEmail,
         e.cluster_id AS clusterId, c.name AS clusterName, r.name AS regionName, e.notes,
         e.archived, e.updated_at AS updatedAt
    FROM establishment e
    LEFT JOIN cluster c ON c.id = e.cluster_id
    LEFT JOIN region r ON r.id = c.region_id`;

type DetailRow = Omit<Establishment, 'archived'> & { archived: number };
const toEstablishment = (r: DetailRow): Establishment => ({ ...r, archived: !!r.archived });

export async function getEstablishment(em: EntityManager, id: string): Promise<Establishment> {
  const rows = (await em.query(`${DETAIL_SQL} WHERE e.id = ?`, [id])) as DetailRow[];
  if (!rows[0]) throw notFound();
  return toEstablishment(rows[0]);
}

const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  name: 'e.name COLLATE NOCASE',
  kind: 'e.kind',
  town: 'e.town COLLATE NOCASE',
  cluster: 'c.name COLLATE NOCASE',
};

export async function listEstablishments(
  em: EntityManager,
  input: ListInput,
): Promise<{ total: number; page: number; pageSize: number; items: EstablishmentRow[] }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeArchived) where.push('e.archived = 0');
  const filters: [string, unknown][] = [
    ['e.kind = ?', input.kind],
    ['e.cluster_id = ?', input.clusterId],
    ['c.region_id = ?', input.regionId],
  ];
  for (const [sql, value] of filters) {
    if (value === undefined) continue;
    where.push(sql);
    params.push(value);
  }
  if (input.search) {
    // Escape LIKE's own wildcards so a typed % or _ matches itself.
    const term = `%${input.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      "(lower(e.name) LIKE ? ESCAPE '\\' OR lower(e.town) LIKE ? ESCAPE '\\' OR lower(e.postcode) LIKE ? ESCAPE '\\')",
    );
    params.push(term, term, term);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const from =
    'FROM establishment e LEFT JOIN cluster c ON c.id = e.cluster_id LEFT JOIN region r ON r.id = c.region_id';
  const [{ total }] = (await em.query(`SELECT count(*) AS total ${from} ${clause}`, params)) as [
    { total: number },
  ];
  const order = `${SORT_COLUMNS[input.sortBy]} ${input.sortDir === 'desc' ? 'DESC' : 'ASC'}, e.name COLLATE NOCASE, e.id`;
  const rows = (await em.query(
    `SELECT e.id, e.name, e.kind, e.town, e.cluster_id AS clusterId, c.name AS clusterName, r.name AS regionName, e.archived
       ${from} ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...params, input.pageSize, (input.page - 1) * input.pageSize],
  )) as (Omit<EstablishmentRow, 'archived'> & { archived: number })[];
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, archived: !!r.archived })),
  };
}

async function assertCluster(em: EntityManager, clusterId: string | null): Promise<void> {
  if (!clusterId) return;
  const found = (await em.query('SELECT 1 FROM cluster WHERE id = ?', [clusterId])) as unknown[];
  if (!found.length) {
    throw new CoreError('VALIDATION', 'Choose a cluster from the list.', {
      fieldErrors: { clusterId: 'Choose a cluster from the list.' },
    });
  }
}

const COLUMNS = [
  'name',
  'kind',
  'operator',
  'address_line1',
  'address_line2',
  'town',
  'postcode',
  'phone',
  'visiting_arrangements',
  'legal_visit_arrangements',
  'security_contact_name',
  'security_contact_phone',
  'security_contact_email',
  'cluster_id',
  'notes',
] as const;
const values = (f: Fields) => [
  f.name,
  f.kind,
  f.operator,
  f.addressLine1,
  f.addressLine2,
  f.town,
  f.postcode,
  f.phone,
  f.visitingArrangements,
  f.legalVisitArrangements,
  f.securityContactName,
  f.securityContactPhone,
  f.securityContactEmail,
  f.clusterId ?? null,
  f.notes,
];

export async function insertEstablishment(em: EntityManager, f: Fields, now: Date): Promise<Establishment> {
  await assertCluster(em, f.clusterId ?? null);
  const id = randomUUID();
  await em.query(
    `INSERT INTO establishment (id, ${COLUMNS.join(', ')}, archived, created_at, updated_at)
     VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, 0, ?, ?)`,
    [id, ...values(f), now.toISOString(), now.toISOString()],
  );
  return getEstablishment(em, id);
}

export async function updateEstablishment(
  em: EntityManager,
  id: string,
  f: Fields,
  now: Date,
): Promise<Establishment> {
  await assertCluster(em, f.clusterId ?? null);
  const result = (await em.query(
    `UPDATE establishment SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ? RETURNING id`,
    [...values(f), now.toISOString(), id],
  )) as unknown[];
  if (!result.length) throw notFound();
  return getEstablishment(em, id);
}

export async function setArchived(em: EntityManager, id: string, archived: boolean, now: Date) {
  const result = (await em.query(
    'UPDATE establishment SET archived = ?, updated_at = ? WHERE id = ? RETURNING id',
    [archived ? 1 : 0, now.toISOString(), id],
  )) as unknown[];
  if (!result.length) throw notFound();
  return getEstablishment(em, id);
}

export async function listClusters(em: EntityManager): Promise<Cluster[]> {
  return (await em.query(
    `SELECT c.id, c.name, c.region_id AS regionId, r.name AS regionName, c.notes,
            (SELECT count(*) FROM establishment e WHERE e.cluster_id = c.id AND e.archived = 0) AS establishments
       FROM cluster c JOIN region r ON r.id = c.region_id
      ORDER BY r.name COLLATE NOCASE, c.name COLLATE NOCASE`,
  )) as Cluster[];
}

export async function listRegions(em: EntityManager): Promise<Region[]> {
  return (await em.query(
    `SELECT r.id, r.name, r.notes,
            (SELECT count(*) FROM cluster c WHERE c.region_id = r.id) AS clusters,
            (SELECT count(*) FROM establishment e JOIN cluster c ON c.id = e.cluster_id
              WHERE c.region_id = r.id AND e.archived = 0) AS establishments
       FROM region r ORDER BY r.name COLLATE NOCASE`,
  )) as Region[];
}

const duplicate = (field: string, what: string) =>
  new CoreError('CONFLICT', `There is already ${what} with that name.`, {
    fieldErrors: { [field]: `There is already ${what} with that name.` },
  });

export async function saveRegion(
  em: EntityManager,
  input: { id?: string; name: string; notes: string },
  now: Date,
): Promise<Region> {
  const clash = (await em.query('SELECT id FROM region WHERE lower(name) = lower(?) AND id IS NOT ?', [
    input.name,
    input.id ?? null,
  ])) as unknown[];
  if (clash.length) throw duplicate('name', 'a region');
  const id = input.id ?? randomUUID();
  if (input.id) {
    const r = (await em.query(
      'UPDATE region SET name = ?, notes = ?, updated_at = ? WHERE id = ? RETURNING id',
      [input.name, input.notes, now.toISOString(), id],
    )) as unknown[];
    if (!r.length) throw new CoreError('NOT_FOUND', 'That region no longer exists.');
  } else {
    await em.query('INSERT INTO region (id, name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
      id,
      input.name,
      input.notes,
      now.toISOString(),
      now.toISOString(),
    ]);
  }
  return (await listRegions(em)).find((r) => r.id === id)!;
}

export async function saveCluster(
  em: EntityManager,
  input: { id?: string; name: string; regionId: string; notes: string },
  now: Date,
): Promise<Cluster> {
  const region = (await em.query('SELECT 1 FROM region WHERE id = ?', [input.regionId])) as unknown[];
  if (!region.length) {
    throw new CoreError('VALIDATION', 'Choose a region from the list.', {
      fieldErrors: { regionId: 'Choose a region from the list.' },
    });
  }
  const clash = (await em.query(
    'SELECT id FROM cluster WHERE region_id = ? AND lower(name) = lower(?) AND id IS NOT ?',
    [input.regionId, input.name, input.id ?? null],
  )) as unknown[];
  if (clash.length) throw duplicate('name', 'a cluster in that region');
  const id = input.id ?? randomUUID();
  if (input.id) {
    const r = (await em.query(
      'UPDATE cluster SET name = ?, region_id = ?, notes = ?, updated_at = ? WHERE id = ? RETURNING id',
      [input.name, input.regionId, input.notes, now.toISOString(), id],
    )) as unknown[];
    if (!r.length) throw new CoreError('NOT_FOUND', 'That cluster no longer exists.');
  } else {
    await em.query(
      'INSERT INTO cluster (id, region_id, name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      [id, input.regionId, input.name, input.notes, now.toISOString(), now.toISOString()],
    );
  }
  return (await listClusters(em)).find((c) => c.id === id)!;
}

import { describe, expect, it } from 'vitest';
import {
  MATCH_STAFF_AND_SAFEGUARDING,
  cleanUpAfterEach,
  errorOf,
  setUpStaff,
} from '../../../../tests/support/match-fixture';
import type {
  Concern,
  ConcernAction,
  ConcernIndicator,
  ConcernRow,
} from '../../../shared/contract/safeguarding';
import { queueItems } from '../../../../tests/support/governance-fixture';

/** Safeguarding concerns through the real pipeline: who raises, who reads what, and the audit trail. */
const keep = cleanUpAfterEach();
const NOW = new Date('2026-03-10T12:00:00Z');
const setUp = async () =>
  keep(await setUpStaff({ now: NOW, staff: MATCH_STAFF_AND_SAFEGUARDING, signedIn: 'cas.one' }));

const concern = {
  kind: 'child_protection',
  aboutKind: 'child',
  aboutName: 'Sam (aged 9)',
  raisedOn: '2026-03-09',
  disclosure: 'Said Sam is often left alone overnight.',
  immediateAction: 'Told the safeguarding lead the same day.',
} as const;
type List = { total: number; items: ConcernRow[] };
const DETAIL_KEYS = ['kind', 'aboutKind', 'aboutLabel', 'raisedByName', 'nextActionDue'] as const;

type AuditRow = {
  action: string;
  outcome: string;
  record_type: string | null;
  record_id: string | null;
  classes: string;
  account_id: string;
  detail: string | null;
};
const auditRows = (s: Awaited<ReturnType<typeof setUp>>, action: string) =>
  s.db
    .prepare(
      'SELECT action, outcome, record_type, record_id, classes, account_id, detail FROM audit_event WHERE action = ? ORDER BY seq',
    )
    .all(action) as AuditRow[];

describe('safeguarding concerns', () => {
  it('a caseworker raises a concern and gets back only its reference; they can read nothing', async () => {
    const s = await setUp();
    const raised = await s.ok<Record<string, unknown>>('safeguarding.raise', concern);
    expect(Object.keys(raised).sort()).toEqual(['id', 'reference']);
    expect(raised.reference).toBe('S-2026-0001');
    const id = raised.id as string;
    for (const [channel, input] of [
      ['safeguarding.list', {}],
      ['safeguarding.get', { id }],
      ['safeguarding.actions', { id }],
      ['safeguarding.update', { ...concern, id, status: 'closed' }],
      ['safeguarding.addAction', { id, takenOn: '2026-03-10', description: 'Looked.' }],
    ] as const)
      expect((await errorOf(s, channel, input)).code, channel).toBe('FORBIDDEN');
    // The raise itself is on record without the words of the disclosure.
    const [row] = auditRows(s, 'safeguarding.raise');
    expect(row).toMatchObject({ outcome: 'ok', record_id: id, detail: null });
    expect(JSON.stringify(row)).not.toContain('overnight');
  });

  it('a lead mentor and a co-ordinator can raise one too; a future date is refused', async () => {
    const s = await setUp();
    await s.as('lee.lead');
    expect((await s.ok<{ reference: string }>('safeguarding.raise', concern)).reference).toBe('S-2026-0001');
    await s.as('cora.c');
    expect((await s.ok<{ reference: string }>('safeguarding.raise', concern)).reference).toBe('S-2026-0002');
    const err = await errorOf(s, 'safeguarding.raise', { ...concern, raisedOn: '2026-03-11' });
    expect(err).toMatchObject({ code: 'VALIDATION', fieldErrors: { raisedOn: expect.any(String) } });
  });

  it('a co-ordinator sees that a concern exists and its status, nothing more, and that look is audited', async () => {
    const s = await setUp();
    const { id } = await s.ok<{ id: string }>('safeguarding.raise', concern);
    await s.as('cora.c');
    const list = await s.ok<List>('safeguarding.list', {});
    expect(list.total).toBe(1);
    const [row] = list.items;
    expect(row).toMatchObject({ id, reference: 'S-2026-0001', status: 'open', raisedOn: '2026-03-09' });
    for (const k of DETAIL_KEYS) expect(row![k], k).toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/Sam|overnight|cas\.one/);

    const one = await s.ok<Concern>('safeguarding.get', { id });
    expect(one).toMatchObject({ id, reference: 'S-2026-0001', status: 'open', raisedOn: '2026-03-09' });
    for (const k of [
      'disclosure',
      'immediateAction',
      'aboutName',
      'kind',
      'raisedByName',
      'outcome',
    ] as const)
      expect(one[k], k).toBeNull();
    expect((await errorOf(s, 'safeguarding.actions', { id })).code).toBe('FORBIDDEN');

    const listAudit = auditRows(s, 'safeguarding.list');
    expect(listAudit).toHaveLength(1);
    expect(listAudit[0]).toMatchObject({ outcome: 'ok', account_id: s.ids['cora.c'] });
    expect(JSON.parse(listAudit[0]!.classes)).toEqual(['directory']);
    const getAudit = auditRows(s, 'safeguarding.get');
    expect(getAudit[0]).toMatchObject({ record_type: 'safeguarding_concern', record_id: id });
    expect(JSON.parse(getAudit[0]!.classes)).not.toContain('safeguarding');
  });

  it('the safeguarding lead reads everything, keeps it up to date, and each read names the record and class', async () => {
    const s = await setUp();
    const { id } = await s.ok<{ id: string }>('safeguarding.raise', concern);
    await s.as('saf.lead');
    const full = await s.ok<Concern>('safeguarding.get', { id });
    expect(full).toMatchObject({ ...concern, raisedByName: 'cas.one', status: 'open', closedOn: null });
    const [getAudit] = auditRows(s, 'safeguarding.get');
    expect(getAudit).toMatchObject({
      record_type: 'safeguarding_concern',
      record_id: id,
      account_id: s.ids['saf.lead'],
    });
    expect(JSON.parse(getAudit!.classes)).toContain('safeguarding');
    expect(getAudit!.detail).toBeNull();

    const list = await s.ok<List>('safeguarding.list', {});
    expect(list.items[0]).toMatchObject({
      kind: 'child_protection',
      aboutLabel: 'Sam (aged 9)',
      raisedByName: 'cas.one',
    });
    expect(JSON.parse(auditRows(s, 'safeguarding.list')[0]!.classes)).toContain('safeguarding');

    const actions = await s.ok<ConcernAction[]>('safeguarding.addAction', {
      id,
      takenOn: '2026-03-10',
      description: 'Referred to children’s services.',
      nextActionDue: '2026-03-17',
    });
    expect(actions).toMatchObject([{ takenOn: '2026-03-10', recordedByName: 'saf.lead' }]);
    const referred = await s.ok<Concern>('safeguarding.update', {
      ...concern,
      id,
      status: 'referred',
      laReferredOn: '2026-03-10',
      laReference: 'CS-4411',
      laContact: 'Duty team',
      nextActionDue: '2026-03-17',
    });
    expect(referred).toMatchObject({
      status: 'referred',
      laReference: 'CS-4411',
      lastActionOn: '2026-03-10',
      nextActionDue: '2026-03-17',
    });

    // Closing needs its date and outcome.
    const err = await errorOf(s, 'safeguarding.update', { ...concern, id, status: 'closed' });
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['closedOn', 'outcome']);
    const closed = await s.ok<Concern>('safeguarding.update', {
      ...concern,
      id,
      status: 'closed',
      laReferredOn: '2026-03-10',
      laReference: 'CS-4411',
      closedOn: '2026-03-10',
      outcome: 'Children’s services visited; no further action for us.',
    });
    expect(closed.status).toBe('closed');
    expect((await s.ok<List>('safeguarding.list', {})).total).toBe(0);
    expect((await s.ok<List>('safeguarding.list', { status: 'closed' })).total).toBe(1);

    // Standard 24's counts: numbers only.
    await s.as('cas.one');
    await s.ok('safeguarding.raise', { ...concern, raisedOn: '2026-03-10' });
    await s.as('cora.c');
    const n = await s.ok<ConcernIndicator>('safeguarding.indicator', {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(n).toMatchObject({
      raised: 2,
      withAction: 1,
      withActionPercent: 50,
      referred: 1,
      notClosedNow: 1,
    });
  });

  it('puts open concerns on the safeguarding lead’s work queue and no co-ordinator’s', async () => {
    const s = await setUp();
    const { id } = await s.ok<{ id: string }>('safeguarding.raise', concern);
    await s.as('saf.lead');
    const mine = await queueItems(s, (i) => i.kind === 'safeguarding_open');
    expect(mine).toEqual([
      expect.objectContaining({
        id: `safeguarding:${id}`,
        due: '2026-03-09',
        urgent: true,
        link: { area: 'safeguarding', id, tab: null },
      }),
    ]);
    expect(mine[0]!.title).not.toMatch(/Sam|overnight/);
    await s.as('cora.c');
    expect(
      await queueItems(s, (i) => i.kind === 'safeguarding_open' || i.id.startsWith('safeguarding:')),
    ).toEqual([]);
  });
});

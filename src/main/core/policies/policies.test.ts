import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  becomeNewAccount,
  makeSetUpCore,
  type TestCore,
} from '../../../../tests/support/core-fixture';
import type { AuditPage } from '../../../shared/contract';
import type {
  InsurancePolicy,
  Literature,
  Policy,
  PolicyIndicators,
  PolicyRow,
  StoredFile,
} from '../../../shared/contract/policies';
import {
  PNG_BASE64 as PNG,
  oversizePdfBase64,
  pdfBase64 as pdf,
  queueItems,
} from '../../../../tests/support/governance-fixture';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** Today is 24 November 2026 in these tests; the notice window is the default 30 days. */
const NOW = new Date('2026-11-24T12:00:00Z');
async function setUp() {
  const s = await makeSetUpCore({ now: () => NOW });
  t = s;
  return s;
}

const WORD = Buffer.from('PK\u0003\u0004 word/document.xml').toString('base64');

const seeded = async (s: TestCore) => s.ok<PolicyRow[]>('policies.list', {});
const byKind = async (s: TestCore, kind: string) => (await seeded(s)).find((p) => p.kind === kind)!;
const queue = (s: TestCore) => queueItems(s, (i) => ['policy_review', 'insurance_renewal'].includes(i.kind));

describe('policies register', () => {
  it('starts with the six recommended policies as drafts to complete', async () => {
    const s = await setUp();
    const rows = await seeded(s);
    expect(rows.map((r) => [r.title, r.status, r.recommended, r.version, r.hasDocument])).toEqual([
      ['Child protection and safeguarding', 'draft', true, null, false],
      ['Complaints', 'draft', true, null, false],
      ['Confidentiality', 'draft', true, null, false],
      ['Equality and diversity', 'draft', true, null, false],
      ['Health and safety (including lone working)', 'draft', true, null, false],
      ['Volunteer procedure', 'draft', true, null, false],
    ]);
    expect(await s.ok<PolicyIndicators>('policies.indicators')).toMatchObject({
      policies: { numerator: 0, denominator: 6 },
      insurance: { numerator: 0, denominator: 0 },
    });
  });

  it('keeps every version readable: a new version brings its own dates and document', async () => {
    const s = await setUp();
    const conf = await byKind(s, 'confidentiality');
    await s.ok('policies.update', {
      id: conf.id,
      title: 'Confidentiality',
      kind: 'confidentiality',
      status: 'in_force',
      owner: 'Co-ordinator',
    });
    const v1 = await s.ok<Policy>('policies.addVersion', {
      policyId: conf.id,
      version: '1.0',
      approvedOn: '2025-11-01',
      approvedBy: 'Trustees',
      reviewOn: '2026-11-30',
    });
    expect(v1.versions).toHaveLength(1);
    expect(v1).toMatchObject({
      version: '1.0',
      reviewOn: '2026-11-30',
      reviewState: 'due',
      hasDocument: false,
    });
    const attached = await s.ok<Policy>('policies.attachDocument', {
      versionId: v1.versions[0]!.id,
      document: { fileName: 'confidentiality.pdf', base64: pdf('v1') },
    });
    expect(attached.versions[0]!.file).toEqual({
      fileName: 'confidentiality.pdf',
      contentType: 'application/pdf',
      size: expect.any(Number),
    });
    // The approved document cannot be swapped under the same version.
    const swap = await s.call('policies.attachDocument', {
      versionId: v1.versions[0]!.id,
      document: { fileName: 'x.pdf', base64: pdf('other') },
    });
    expect(swap.ok ? null : swap.error.code).toBe('CONFLICT');

    const v2 = await s.ok<Policy>('policies.addVersion', {
      policyId: conf.id,
      version: '2.0',
      approvedOn: '2026-11-20',
      approvedBy: 'Trustees',
      reviewOn: '2027-11-20',
      changes: 'Sharing with probation clarified.',
      document: { fileName: 'confidentiality-v2.png', base64: PNG },
    });
    expect(v2).toMatchObject({
      version: '2.0',
      reviewOn: '2027-11-20',
      reviewState: 'in_date',
      hasDocument: true,
    });
    expect(v2.versions.map((v) => [v.version, v.current, v.reviewOn, v.file?.contentType])).toEqual([
      ['2.0', true, '2027-11-20', 'image/png'],
      ['1.0', false, '2026-11-30', 'application/pdf'],
    ]);
    const old = await s.ok<StoredFile>('policies.readFile', { of: 'policy_version', id: v2.versions[1]!.id });
    expect(Buffer.from(old.base64, 'base64').toString()).toContain('% v1');
    const again = await s.call('policies.addVersion', { policyId: conf.id, version: '2.0' });
    expect(again.ok ? null : again.error).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { version: expect.any(String) },
    });

    expect((await s.ok<PolicyIndicators>('policies.indicators')).policies).toEqual({
      numerator: 1,
      denominator: 6,
    });
    const audit = await s.ok<AuditPage>('audit.list', { recordId: conf.id });
    expect(audit.entries.map((e) => e.action)).toContain('policies.addVersion');
  });

  it('refuses a document that is not a PDF or picture, or too large, changing nothing', async () => {
    const s = await setUp();
    const conf = await byKind(s, 'complaints');
    const word = await s.call('policies.addVersion', {
      policyId: conf.id,
      version: '1.0',
      document: { fileName: 'complaints.docx', base64: WORD },
    });
    expect(word.ok ? null : word.error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(word.ok ? {} : word.error.fieldErrors)).toContain('not a PDF or a picture');
    const big = await s.call('policies.addVersion', {
      policyId: conf.id,
      version: '1.0',
      document: { fileName: 'big.pdf', base64: oversizePdfBase64() },
    });
    expect(big.ok ? null : big.error).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.stringify(big.ok ? {} : big.error.fieldErrors)).toContain('larger than 5 MB');
    const ghost = await s.call('policies.addVersion', {
      policyId: '00000000-0000-4000-8000-000000000000',
      version: '1.0',
    });
    expect(ghost.ok ? null : ghost.error.code).toBe('NOT_FOUND');
    const bad = await s.call('policies.create', {
      title: 'x',
      kind: 'other',
      status: 'draft',
      reviewOn: '2026-02-30',
    });
    expect(bad.ok ? null : bad.error.fieldErrors).toMatchObject({
      title: expect.any(String),
      reviewOn: expect.any(String),
    });
    expect((await s.ok<Policy>('policies.get', { id: conf.id })).versions).toEqual([]);
    expect(await seeded(s)).toHaveLength(6);
  });

  it('puts a review due today or tomorrow on the queue as due, yesterday as urgent, and not 31 days ahead', async () => {
    const s = await setUp();
    const make = async (title: string, reviewOn: string, status = 'in_force') => {
      const p = await s.ok<Policy>('policies.create', { title, kind: 'other', status });
      await s.ok('policies.addVersion', { policyId: p.id, version: '1', reviewOn });
      return p.id;
    };
    await make('Due tomorrow', '2026-11-25');
    await make('Due today', '2026-11-24');
    await make('Due yesterday', '2026-11-23');
    await make('Edge of notice', '2026-12-24');
    await make('Beyond notice', '2026-12-25');
    await make('Withdrawn', '2026-11-01', 'withdrawn');
    const items = await queue(s);
    expect(items.map((i) => [i.subject, i.urgent, i.title])).toEqual(
      expect.arrayContaining([
        ['Due tomorrow', false, 'Policy review due'],
        ['Due today', false, 'Policy review due'],
        ['Due yesterday', true, 'Policy review overdue'],
        ['Edge of notice', false, 'Policy review due'],
      ]),
    );
    expect(items.map((i) => i.subject).sort()).toEqual([
      'Due today',
      'Due tomorrow',
      'Due yesterday',
      'Edge of notice',
    ]);
    expect(items[0]!.link.area).toBe('policy');
  });
});

describe('literature and insurance', () => {
  it('lists handbooks and leaflets with their files', async () => {
    const s = await setUp();
    const saved = await s.ok<Literature>('policies.saveLiterature', {
      title: 'Mentee leaflet (easy read)',
      kind: 'mentee_leaflet',
      audience: 'mentees',
      format: 'easy_read',
      language: 'English',
      version: '3',
      lastReviewedOn: '2026-06-01',
      file: { fileName: 'leaflet.pdf', base64: pdf('leaflet') },
    });
    expect(saved.file?.contentType).toBe('application/pdf');
    const changed = await s.ok<Literature>('policies.saveLiterature', {
      ...saved,
      id: saved.id,
      file: undefined,
      version: '4',
      lastReviewedOn: '2026-11-01',
    });
    expect(changed).toMatchObject({ version: '4', file: { fileName: 'leaflet.pdf' } }); // no file sent: the kept one stays
    const refused = await s.call('policies.saveLiterature', {
      ...saved,
      id: saved.id,
      file: { fileName: 'l.docx', base64: WORD },
    });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    expect((await s.ok<Literature[]>('policies.literature', {})).map((l) => l.version)).toEqual(['4']);
  });

  it('puts insurance on the queue from the notice window, urgent the day after expiry, and counts what is in date', async () => {
    const s = await setUp();
    const base = { kind: 'public_liability', insurer: 'Example Mutual', startsOn: '2026-01-01' };
    const expiring = await s.ok<InsurancePolicy>('policies.saveInsurance', {
      ...base,
      expiresOn: '2026-11-24',
      coverAmountPence: 500_000_000,
    });
    expect(expiring.renewalState).toBe('due');
    await s.ok('policies.saveInsurance', { ...base, kind: 'employers_liability', expiresOn: '2026-11-23' });
    await s.ok('policies.saveInsurance', {
      ...base,
      kind: 'volunteer_personal_accident',
      expiresOn: '2026-12-25',
    });
    const items = await queue(s);
    expect(items.map((i) => [i.kind, i.due, i.urgent])).toEqual([
      ['insurance_renewal', '2026-11-23', true],
      ['insurance_renewal', '2026-11-24', false],
    ]);
    expect((await s.ok<PolicyIndicators>('policies.indicators')).insurance).toEqual({
      numerator: 2,
      denominator: 3,
    });
    const backwards = await s.call('policies.saveInsurance', {
      ...base,
      startsOn: '2026-12-01',
      expiresOn: '2026-11-01',
    });
    expect(backwards.ok ? null : backwards.error.fieldErrors).toEqual({
      expiresOn: 'The cover must end on or after the day it starts.',
    });
    expect(await s.ok<InsurancePolicy[]>('policies.insurance', {})).toHaveLength(3);
    // Renewed: the same record moves on a year; one that has gone is refused.
    const renewed = await s.ok<InsurancePolicy>('policies.saveInsurance', {
      ...base,
      id: expiring.id,
      expiresOn: '2027-11-24',
    });
    expect(renewed).toMatchObject({ id: expiring.id, expiresOn: '2027-11-24', renewalState: 'in_date' });
    const gone = await s.call('policies.saveInsurance', {
      ...base,
      id: randomUUID(),
      expiresOn: '2027-01-01',
    });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    expect(await s.ok<InsurancePolicy[]>('policies.insurance', {})).toHaveLength(3);
  });
});

async function backToAdmin(s: TestCore) {
  await s.ok('vault.lock');
  await s.ok('vault.unlock', { username: ADMIN.username, passphrase: ADMIN.passphrase });
}

describe('who may do what', () => {
  it('case roles read; only co-ordinators write; administrators neither; a regional manager sees the counts only', async () => {
    const s = await setUp();
    const conf = await byKind(s, 'confidentiality');
    await becomeNewAccount(s, 'casey.worker', ['caseworker']);
    expect(await seeded(s)).toHaveLength(6);
    const write = await s.call('policies.update', {
      id: conf.id,
      title: 'Mine',
      kind: 'other',
      status: 'draft',
    });
    expect(write.ok ? null : write.error.code).toBe('FORBIDDEN');
    await backToAdmin(s);
    const v = await s.ok<Policy>('policies.addVersion', {
      policyId: conf.id,
      version: '1.0',
      document: { fileName: 'c.pdf', base64: pdf('read me') },
    });
    await becomeNewAccount(s, 'lee.lead', ['lead_mentor']);
    const file = await s.ok<StoredFile>('policies.readFile', { of: 'policy_version', id: v.versions[0]!.id });
    expect(file.contentType).toBe('application/pdf');
    expect((await s.ok<Policy>('policies.get', { id: conf.id })).owner).toBe('');
    await backToAdmin(s);
    await becomeNewAccount(s, 'rita.region', ['regional_manager']);
    const read = await s.call('policies.list', {});
    expect(read.ok ? null : read.error.code).toBe('FORBIDDEN');
    expect((await s.ok<PolicyIndicators>('policies.indicators')).policies.denominator).toBe(6);
    await backToAdmin(s);
    await becomeNewAccount(s, 'ada.admin', ['administrator']);
    const admin = await s.call('policies.list', {});
    expect(admin.ok ? null : admin.error.code).toBe('FORBIDDEN');
  });
});

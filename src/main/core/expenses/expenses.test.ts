import { describe, expect, it } from 'vitest';
import { ADMIN, becomeNewAccount, type TestCore } from '../../../../tests/support/core-fixture';
import { PNG_BASE64 as PNG, pdfBase64, queueItems } from '../../../../tests/support/governance-fixture';
import {
  addAccount,
  cleanUpAfterEach,
  errorOf,
  expectFieldError,
  firstSignIn,
  signInAs,
} from '../../../../tests/support/match-fixture';
import type { AuditPage } from '../../../shared/contract/audit';
import type {
  Claim,
  ClaimContext,
  ClaimRow,
  ClaimSummary,
  ReceiptFile,
} from '../../../shared/contract/expenses';
import { setUpBudgets } from '../budgets/budget.test-support';

/** Expense claims through the real pipeline, on matches seeded by the budgets tests' module. */
const NOW = new Date('2026-06-15T10:00:00Z');
const keep = cleanUpAfterEach();

const PDF = pdfBase64('parking');

async function coordinator(): Promise<TestCore & { mentorId: string; matchId: string }> {
  const s = keep(await setUpBudgets(NOW));
  await becomeNewAccount(s, 'cora.coordinator', ['coordinator'], 'Cora Coordinator');
  const { id: matchId, mentorId } = await s.ok<{ id: string; mentorId: string }>('budgetsTest.match', {});
  return Object.assign(s, { mentorId, matchId });
}

const claimFor = (mentorId: string, extra: Record<string, unknown> = {}) => ({
  mentorId,
  receivedOn: '2026-06-10',
  declarationAccepted: true,
  declarationSignedOn: '2026-06-09',
  lines: [{ kind: 'mileage', spentOn: '2026-06-02', description: 'Home to HMP Leeds and back', miles: 24.5 }],
  ...extra,
});
type List = { total: number; items: ClaimRow[] };

describe('expense claims', () => {
  it('prices mileage at the rate on each journey’s day, adds the lines and shows the activity fund', async () => {
    const s = await coordinator();
    await s.ok('budgets.addMileageRate', { effectiveFrom: '2026-06-01', pencePerMile: 50 });
    await s.ok('budgets.setFund', { matchId: s.matchId, amountPence: 2000 });
    const claim = await s.ok<Claim>(
      'expenses.create',
      claimFor(s.mentorId, {
        periodFrom: '2026-05-01',
        periodTo: '2026-06-09',
        lines: [
          { kind: 'mileage', spentOn: '2026-05-31', description: 'To the prison', miles: 10, amountPence: 1 },
          { kind: 'mileage', spentOn: '2026-06-01', description: 'To the prison', miles: 10.5 },
          { kind: 'parking', spentOn: '2026-06-01', amountPence: 250 },
          {
            kind: 'activity',
            spentOn: '2026-06-03',
            amountPence: 2500,
            matchId: s.matchId,
            description: 'Bowling',
          },
        ],
      }),
    );
    expect(claim.reference).toMatch(/^E-2026-\d{4}$/);
    expect(claim.status).toBe('submitted');
    // 10 × 45p (the rate before 1 June; the 1p sent is ignored) + 10.5 × 50p + 250 + 2500.
    expect(claim.lines.map((l) => [l.pencePerMile, l.amountPence])).toEqual([
      [45, 450],
      [50, 525],
      [null, 250],
      [null, 2500],
    ]);
    expect(claim.totalPence).toBe(450 + 525 + 250 + 2500);
    expect(claim.lines[3]).toMatchObject({ budgetCategory: 'social_activities', matchId: s.matchId });
    expect(claim.enteredByName).toBe('Cora Coordinator');
    expect(claim.history.map((h) => h.event)).toEqual(['entered']);
    // Submitted claims do not yet spend the fund; approved ones do (£25 of £20: over by £5).
    expect(claim.funds).toEqual([
      expect.objectContaining({ allowancePence: 2000, spentPence: 0, remainingPence: 2000 }),
    ]);
    const approved = await s.ok<Claim>('expenses.approve', { id: claim.id, decidedOn: '2026-06-15' });
    expect(approved.funds[0]).toMatchObject({ spentPence: 2500, remainingPence: -500 });
    const context = await s.ok<ClaimContext>('expenses.context', { mentorId: s.mentorId });
    expect(context.rates.map((r) => r.pencePerMile)).toEqual([50, 45]);
    expect(context.funds.map((f) => f.matchId)).toEqual([s.matchId]);
  });

  it('refuses bad input on every channel with plain messages, changing nothing', async () => {
    const s = await coordinator();
    const other = await s.ok<{ id: string; mentorId: string }>('budgetsTest.match', {});
    const good = await s.ok<Claim>('expenses.create', claimFor(s.mentorId));
    const line = (l: Record<string, unknown>) => claimFor(s.mentorId, { lines: [l] });
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'parking', spentOn: '2026-06-02', amountPence: -250 }),
      'lines.0.amountPence',
    );
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'activity', spentOn: '2026-06-02', amountPence: 800 }),
      'lines.0.matchId',
    );
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'other', spentOn: '2026-06-02', amountPence: 800 }),
      'lines.0.description',
    );
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'mileage', spentOn: '2026-06-02', description: 'x', miles: 3.25 }),
      'lines.0.miles',
    );
    await expectFieldError(
      s,
      'expenses.create',
      claimFor(s.mentorId, { declarationAccepted: false }),
      'declarationAccepted',
    );
    await expectFieldError(s, 'expenses.create', claimFor(s.mentorId, { lines: [] }), 'lines');
    // Rules that need the database or today.
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'activity', spentOn: '2026-06-02', amountPence: 800, matchId: other.id }),
      'lines.0.matchId',
    );
    await expectFieldError(
      s,
      'expenses.create',
      line({ kind: 'parking', spentOn: '2026-06-11', amountPence: 300 }),
      'lines.0.spentOn',
    );
    await expectFieldError(
      s,
      'expenses.create',
      claimFor(s.mentorId, { receivedOn: '2026-06-16' }),
      'receivedOn',
    );
    await expectFieldError(s, 'expenses.update', { ...claimFor(other.mentorId), id: good.id }, 'mentorId');
    // Receipts: a text file named .pdf, one over 5 MB, nothing at all.
    const receipt = (file: unknown) => ({ claimId: good.id, file });
    await expectFieldError(
      s,
      'expenses.addReceipt',
      receipt({ fileName: 'receipt.pdf', base64: Buffer.from('just words').toString('base64') }),
      'file.base64',
    );
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    Buffer.from(PNG, 'base64').copy(big);
    const tooBig = await errorOf(
      s,
      'expenses.addReceipt',
      receipt({ fileName: 'huge.png', base64: big.toString('base64') }),
    );
    expect(tooBig).toMatchObject({ code: 'VALIDATION' });
    expect(Object.values(tooBig.fieldErrors ?? {}).join()).toMatch(/larger than 5 MB/);
    await expectFieldError(s, 'expenses.addReceipt', receipt({ fileName: '', base64: PNG }), 'file.fileName');
    await expectFieldError(
      s,
      'expenses.reject',
      { id: good.id, decidedOn: '2026-06-15', reason: ' ' },
      'reason',
    );
    await expectFieldError(s, 'expenses.approve', { id: good.id, decidedOn: '2026-06-16' }, 'decidedOn');
    await expectFieldError(s, 'expenses.approve', { id: good.id, decidedOn: '2026-06-09' }, 'decidedOn');
    await expectFieldError(
      s,
      'expenses.markPaid',
      { id: good.id, paidOn: '2026-06-15', method: 'bitcoin' },
      'method',
    );
    expect(
      await errorOf(s, 'expenses.markPaid', { id: good.id, paidOn: '2026-06-15', method: 'cash' }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    // Nothing changed: one claim, as entered, no receipts.
    const list = await s.ok<List>('expenses.list', {});
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      status: 'submitted',
      receiptCount: 0,
      totalPence: good.totalPence,
    });
    expect((await s.ok<Claim>('expenses.get', { id: good.id })).history.map((h) => h.event)).toEqual([
      'entered',
    ]);
  });

  it('rejects with a reason, takes a corrected claim back, approves, pays; receipts viewed and audited', async () => {
    const s = await coordinator();
    const claim = await s.ok<Claim>('expenses.create', claimFor(s.mentorId));
    const withPng = await s.ok<Claim>('expenses.addReceipt', {
      claimId: claim.id,
      lineId: claim.lines[0]!.id,
      file: { fileName: 'fuel.png', base64: PNG },
    });
    const withPdf = await s.ok<Claim>('expenses.addReceipt', {
      claimId: claim.id,
      file: { fileName: 'parking.pdf', base64: PDF },
    });
    expect(withPng.receipts[0]).toMatchObject({ fileName: 'fuel.png', contentType: 'image/png', size: 12 });
    expect(withPdf.receipts.map((r) => r.contentType)).toEqual(['image/png', 'application/pdf']);
    const file = await s.ok<ReceiptFile>('expenses.readReceipt', { receiptId: withPdf.receipts[1]!.id });
    expect(file.base64).toBe(PDF);

    const rejected = await s.ok<Claim>('expenses.reject', {
      id: claim.id,
      decidedOn: '2026-06-12',
      reason: 'The mileage looks doubled: check the return journey.',
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: expect.stringMatching(/doubled/) });
    expect((await errorOf(s, 'expenses.approve', { id: claim.id, decidedOn: '2026-06-15' })).code).toBe(
      'CONFLICT',
    );

    const resubmitted = await s.ok<Claim>('expenses.update', {
      ...claimFor(s.mentorId),
      id: claim.id,
      lines: [{ kind: 'mileage', spentOn: '2026-06-02', description: 'Home to HMP Leeds', miles: 12.2 }],
    });
    expect(resubmitted).toMatchObject({ status: 'submitted', rejectionReason: '', totalPence: 549 });
    // The receipts stay with the claim; the rejection stays in its history.
    expect(resubmitted.receipts).toHaveLength(2);
    expect(resubmitted.history.map((h) => h.event)).toEqual([
      'entered',
      'receipt_added',
      'receipt_added',
      'rejected',
      'resubmitted',
    ]);
    expect(resubmitted.history[3]!.note).toMatch(/doubled/);

    // Approved by someone else than who entered it; both names are kept.
    await signInAs(s, ADMIN.username);
    await addAccount(s, 'pat.coordinator', ['coordinator'], 'Pat Approver');
    await firstSignIn(s, 'pat.coordinator');
    const approved = await s.ok<Claim>('expenses.approve', { id: claim.id, decidedOn: '2026-06-15' });
    expect(approved).toMatchObject({
      status: 'approved',
      decidedByName: 'Pat Approver',
      enteredByName: 'Cora Coordinator',
    });
    expect((await errorOf(s, 'expenses.update', { ...claimFor(s.mentorId), id: claim.id })).code).toBe(
      'CONFLICT',
    );
    const removed = await s.ok<Claim>('expenses.removeReceipt', { receiptId: withPdf.receipts[1]!.id });
    expect(removed.receipts).toHaveLength(1);
    const paid = await s.ok<Claim>('expenses.markPaid', {
      id: claim.id,
      paidOn: '2026-06-15',
      method: 'bank_transfer',
      reference: 'BACS 0615',
    });
    expect(paid).toMatchObject({
      status: 'paid',
      paidOn: '2026-06-15',
      paymentMethod: 'bank_transfer',
      paidByName: 'Pat Approver',
    });
    expect((await errorOf(s, 'expenses.removeReceipt', { receiptId: withPng.receipts[0]!.id })).code).toBe(
      'CONFLICT',
    );

    // Every opening of a receipt is on record; the decision's row names the approver.
    await signInAs(s, ADMIN.username);
    const opened = await s.ok<AuditPage>('audit.list', { action: 'expenses.readReceipt' });
    expect(opened.entries).toHaveLength(1);
    const decisions = await s.ok<AuditPage>('audit.list', { recordId: claim.id });
    const actions = decisions.entries.map((e) => [e.action, e.accountName]);
    expect(actions).toContainEqual(['expenses.create', 'Cora Coordinator']);
    expect(actions).toContainEqual(['expenses.approve', 'Pat Approver']);
    expect(JSON.stringify(decisions.entries)).not.toMatch(/doubled/);
  });

  it('puts waiting claims on the work queue, urgent after 20 days, and counts standard 20', async () => {
    const s = await coordinator();
    // Today is 15 June: received 26 May is 20 days old (on time), 25 May is 21 (late).
    const onTime = await s.ok<Claim>(
      'expenses.create',
      claimFor(s.mentorId, {
        receivedOn: '2026-05-26',
        declarationSignedOn: '2026-05-20',
        lines: [{ kind: 'parking', spentOn: '2026-05-20', amountPence: 300 }],
      }),
    );
    const late = await s.ok<Claim>(
      'expenses.create',
      claimFor(s.mentorId, {
        receivedOn: '2026-05-25',
        declarationSignedOn: '2026-05-20',
        lines: [{ kind: 'parking', spentOn: '2026-05-20', amountPence: 400 }],
      }),
    );
    const toPay = await s.ok<Claim>('expenses.create', claimFor(s.mentorId));
    await s.ok('expenses.approve', { id: toPay.id, decidedOn: '2026-06-15' });
    const claims = await queueItems(s, (i) => i.link.area === 'claim');
    expect(claims.map((i) => [i.link.id, i.kind, i.urgent, i.due])).toEqual(
      expect.arrayContaining([
        [onTime.id, 'claim_awaiting_approval', false, '2026-06-15'],
        [late.id, 'claim_awaiting_approval', true, '2026-06-14'],
        [toPay.id, 'claim_awaiting_payment', false, '2026-06-30'],
      ]),
    );
    expect(claims).toHaveLength(3);
    expect(claims.find((i) => i.link.id === late.id)!.title).toMatch(/not paid within 20 days/);
    const lateList = await s.ok<List>('expenses.list', { lateOnly: true });
    expect(lateList.items.map((c) => c.id)).toEqual([late.id]);
    const queueOrder = await s.ok<List>('expenses.list', { status: 'submitted', sort: 'oldest' });
    expect(queueOrder.items.map((c) => c.id)).toEqual([late.id, onTime.id]);

    // Paid: the late one after 21 days, the other on its 20th day.
    await s.ok('expenses.approve', { id: late.id, decidedOn: '2026-06-15' });
    await s.ok('expenses.approve', { id: onTime.id, decidedOn: '2026-06-15' });
    await s.ok('expenses.markPaid', { id: late.id, paidOn: '2026-06-15', method: 'cheque' });
    await s.ok('expenses.markPaid', { id: onTime.id, paidOn: '2026-06-15', method: 'cash' });
    const summary = await s.ok<ClaimSummary>('expenses.summary', {});
    expect(summary).toMatchObject({
      year: 2026,
      paymentDays: 20,
      paid: 2,
      paidOnTime: 1,
      percentOnTime: 50,
      awaitingPayment: 1,
      waitingApproval: 0,
      late: 0,
    });
  });

  it('is co-ordinators’ work; a regional manager reads only the standard 20 counts', async () => {
    const s = await coordinator();
    const claim = await s.ok<Claim>('expenses.create', claimFor(s.mentorId));
    await signInAs(s, ADMIN.username);
    await addAccount(s, 'casey.worker', ['caseworker'], 'Casey Worker');
    await addAccount(s, 'rhi.regional', ['regional_manager'], 'Rhi Regional');
    await firstSignIn(s, 'casey.worker');
    expect((await errorOf(s, 'expenses.get', { id: claim.id })).code).toBe('FORBIDDEN');
    expect((await errorOf(s, 'expenses.create', claimFor(s.mentorId))).code).toBe('FORBIDDEN');
    await firstSignIn(s, 'rhi.regional');
    expect((await errorOf(s, 'expenses.list', {})).code).toBe('FORBIDDEN');
    expect(await s.ok<ClaimSummary>('expenses.summary', {})).toMatchObject({ waitingApproval: 1 });
  });
});

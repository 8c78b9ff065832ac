import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/errors';
import { addDays, ukToday } from '../../src/shared/mentors/dates';
import type { DemoContext } from './demo-context';
import { receiptPdf, receiptPng } from './demo-receipts';

/**
 * Demo expense claims at every stage: paid (on time and late), approved and waiting for payment
 * (one already older than the programme's 20 days), waiting for approval, one rejected with its
 * reason, one rejected, corrected and submitted again; activity lines against two matches' funds
 * (the budgets demo, which runs next, sets the funds); small fictional receipts made in code.
 */
type Line = Record<string, unknown>;
interface DemoClaim {
  /** Days before today it was received. */
  received: number;
  lines: (d: (daysBefore: number) => string, match: (i: number) => string | null) => Line[];
  receipts?: ('png' | 'pdf')[];
  /** What happened next, in days before today. */
  then?:
    | { approve: number; paid?: number; method?: string }
    | { reject: number; reason: string; resubmit?: boolean };
}

const mileage = (spentOn: string, miles: number, description: string): Line => ({
  kind: 'mileage',
  spentOn,
  miles,
  description,
});
const amount = (kind: string, spentOn: string, pence: number, description = ''): Line => ({
  kind,
  spentOn,
  amountPence: pence,
  description,
});

const CLAIMS: DemoClaim[] = [
  {
    received: 150,
    lines: (d) => [
      mileage(d(160), 32.4, 'Home to HMP Leeds and back'),
      amount('parking', d(160), 350, 'Visitors’ car park'),
    ],
    receipts: ['png'],
    then: { approve: 145, paid: 140, method: 'bank_transfer' },
  },
  {
    received: 95,
    lines: (d) => [amount('public_transport', d(100), 1280, 'Train to Wakefield, return')],
    receipts: ['pdf'],
    then: { approve: 80, paid: 70, method: 'bank_transfer' },
  },
  {
    received: 60,
    lines: (d, m) => [{ ...amount('activity', d(62), 1850, 'Bowling and a meal'), matchId: m(0) }],
    receipts: ['png'],
    then: { approve: 58, paid: 50, method: 'cash' },
  },
  {
    received: 40,
    lines: (d) => [amount('childcare', d(45), 2400, 'Childminder during the refresher training day')],
    receipts: ['pdf'],
    then: { approve: 35, paid: 30, method: 'cheque' },
  },
  {
    received: 30,
    lines: (d) => [
      mileage(d(33), 18.5, 'Home to the probation office and back'),
      mileage(d(31), 18.5, 'Home to the probation office and back'),
    ],
    receipts: ['png'],
    then: { approve: 24 },
  },
  {
    received: 8,
    lines: (d, m) => [{ ...amount('activity', d(9), 2200, 'Football match tickets'), matchId: m(1) }],
    receipts: ['pdf'],
    then: { approve: 5 },
  },
  {
    received: 14,
    lines: (d) => [
      mileage(d(20), 24.5, 'Home to HMP Leeds and back'),
      amount('parking', d(20), 250, 'Visitors’ car park'),
    ],
    then: {
      reject: 12,
      reason:
        'No receipt for the parking, and the mileage looks like a return journey counted twice. Please check and send the ticket.',
    },
  },
  {
    received: 18,
    lines: (d) => [
      mileage(d(22), 11.2, 'Home to the mentee’s hostel and back'),
      amount('other', d(22), 450, 'Printing the CV workshop handouts'),
    ],
    receipts: ['png'],
    then: {
      reject: 16,
      reason: 'The printing should be claimed from the office budget, not as a mentor expense.',
      resubmit: true,
    },
  },
  {
    received: 10,
    lines: (d) => [
      mileage(d(12), 40.2, 'Home to HMP Wealstun and back'),
      amount('parking', d(12), 300, 'Car park'),
    ],
    receipts: ['pdf', 'png'],
  },
  {
    received: 3,
    lines: (d, m) => [
      mileage(d(5), 15, 'Home to the library and back'),
      { ...amount('activity', d(5), 900, 'Museum entry and coffee'), matchId: m(0) },
    ],
    receipts: ['png'],
  },
  { received: 1, lines: (d) => [amount('public_transport', d(4), 760, 'Bus to the prison gate, return')] },
  {
    received: 25,
    lines: (d) => [mileage(d(28), 9.6, 'Home to the training venue and back')],
    receipts: ['png'],
  },
];

export async function buildDemoExpenses(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`Demo expenses: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const today = ukToday(new Date());
  const d = (daysBefore: number) => addDays(today, -daysBefore);
  // Matched mentors claim; activity lines go to two active matches and are claimed by their mentors.
  const active = await call<{ items: { id: string; mentorId: string }[] }>('matches.list', {
    stages: ['active'],
    pageSize: 20,
  });
  const mentors = await call<{ items: { id: string }[] }>('mentors.list', {
    stages: ['matched'],
    pageSize: 20,
  });
  const claimers = mentors.items.map((m) => m.id);
  if (!claimers.length) return;
  const withMatch = active.items.slice(0, 2);

  for (const [i, c] of CLAIMS.entries()) {
    const lines = c.lines(d, (n) => withMatch[n]?.id ?? null);
    const activityMatch = lines.find((l) => l.kind === 'activity')?.matchId as string | null | undefined;
    // An activity line needs one of the mentor's own matches; without demo matches it is left out.
    const mentorId = activityMatch
      ? withMatch.find((m) => m.id === activityMatch)!.mentorId
      : claimers[i % claimers.length]!;
    const kept = lines.filter((l) => l.kind !== 'activity' || l.matchId);
    if (!kept.length) continue;
    const claim = await call<{ id: string; lines: { id: string }[] }>('expenses.create', {
      mentorId,
      receivedOn: d(c.received),
      declarationAccepted: true,
      declarationSignedOn: d(c.received + 1),
      lines: kept,
    });
    for (const [n, kind] of (c.receipts ?? []).entries()) {
      const bytes =
        kind === 'png'
          ? receiptPng(120, 180, i + n)
          : receiptPdf([
              'Receipt',
              `Date: ${d(c.received + 2)
                .split('-')
                .reverse()
                .join('/')}`,
              'Thank you',
              'Total paid',
              `Ref ${1000 + i}`,
            ]);
      await call('expenses.addReceipt', {
        claimId: claim.id,
        lineId: n === 0 ? (claim.lines[0]?.id ?? null) : null,
        file: {
          fileName: kind === 'png' ? `receipt-${i + 1}.png` : `receipt-${i + 1}.pdf`,
          base64: bytes.toString('base64'),
        },
      });
    }
    const then = c.then;
    if (!then) continue;
    if ('approve' in then) {
      await call('expenses.approve', { id: claim.id, decidedOn: d(then.approve) });
      if (then.paid !== undefined)
        await call('expenses.markPaid', {
          id: claim.id,
          paidOn: d(then.paid),
          method: then.method ?? 'bank_transfer',
          reference: `BACS ${String(100 + i)}`,
        });
    } else {
      await call('expenses.reject', { id: claim.id, decidedOn: d(then.reject), reason: then.reason });
      if (then.resubmit)
        await call('expenses.update', {
          id: claim.id,
          mentorId,
          receivedOn: d(c.received),
          declarationAccepted: true,
          declarationSignedOn: d(c.received + 1),
          lines: kept.filter((l) => l.kind !== 'other'),
        });
    }
  }
}

import type { Core } from '../../src/main/core';
import type { Policy, PolicyRow } from '../../src/shared/contract/policies';
import type { Result } from '../../src/shared/errors';
import { addDays, addMonths, ukToday } from '../../src/shared/mentors/dates';
import type { DemoContext } from './demo-context';

/**
 * A one-page PDF written by hand (Helvetica, plain ASCII lines), so the demo and the tests need no
 * PDF library: a title in large type and a few lines under it. Fictional text only.
 */
export function onePagePdf(title: string, lines: readonly string[]): Buffer {
  const esc = (s: string) =>
    s
      .replace(/[’‘]/g, "'")
      .replace(/[^\x20-\x7e]/g, '-')
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const body = [
    `BT /F1 20 Tf 60 770 Td (${esc(title)}) Tj ET`,
    ...lines.map((l, i) => `BT /F1 11 Tf 60 ${735 - i * 18} Td (${esc(l)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(body)} >>\nstream\n${body}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const pdfUpload = (fileName: string, title: string, lines: readonly string[]) => ({
  fileName,
  base64: onePagePdf(title, lines).toString('base64'),
});

/** Days from today to each recommended policy's review: one due within the notice, one overdue. */
const POLICIES: Record<string, { owner: string; reviewIn: number; summary: string; lines: string[] }> = {
  volunteer_procedure: {
    owner: 'Co-ordinator',
    reviewIn: 240,
    summary: 'How mentors are recruited, screened, trained, supported and, when needed, asked to step back.',
    lines: [
      'Recruitment, references and DBS checks.',
      'Training before matching.',
      'Supervision every six weeks.',
    ],
  },
  confidentiality: {
    owner: 'Co-ordinator',
    reviewIn: 300,
    summary: 'What mentors and staff keep to themselves, and the few times they must pass something on.',
    lines: [
      'What is shared, with whom and why.',
      'When confidentiality must be broken.',
      'Keeping records safe.',
    ],
  },
  safeguarding: {
    owner: 'Safeguarding lead',
    reviewIn: 180,
    summary: 'Recognising and reporting harm to children and adults at risk; the safeguarding lead’s role.',
    lines: [
      'Signs of harm.',
      'Telling the safeguarding lead the same day.',
      'Referral to the local authority.',
    ],
  },
  health_safety: {
    owner: 'Co-ordinator',
    reviewIn: -5,
    summary: 'Meeting safely in the community, lone working, travel and reporting accidents.',
    lines: [
      'Meet in public places.',
      'Lone working: tell someone where you are.',
      'Report accidents and near misses.',
    ],
  },
  equality_diversity: {
    owner: 'Co-ordinator',
    reviewIn: 330,
    summary: 'Fair treatment of mentors, mentees and staff; monitoring who the programme reaches.',
    lines: ['No one treated less favourably.', 'Reasonable adjustments.', 'Equality monitoring, kept apart.'],
  },
  complaints: {
    owner: 'Programme manager',
    reviewIn: 12,
    summary: 'How anyone can complain, how quickly they hear back, and what happens next.',
    lines: [
      'Acknowledged within five working days.',
      'A full answer within twenty.',
      'Lessons learned recorded.',
    ],
  },
};

const LITERATURE = [
  {
    title: 'Mentor handbook',
    kind: 'mentor_handbook',
    audience: 'mentors',
    format: 'standard',
    version: '4',
    reviewedAgo: 120,
    file: true,
  },
  {
    title: 'Mentee handbook',
    kind: 'mentee_handbook',
    audience: 'mentees',
    format: 'standard',
    version: '3',
    reviewedAgo: 200,
    file: true,
  },
  {
    title: 'About mentoring (easy read)',
    kind: 'mentee_leaflet',
    audience: 'mentees',
    format: 'easy_read',
    version: '2',
    reviewedAgo: 90,
    file: true,
  },
  {
    title: 'About mentoring (Polish)',
    kind: 'mentee_leaflet',
    audience: 'mentees',
    format: 'translation',
    language: 'Polish',
    version: '2',
    reviewedAgo: 90,
  },
  {
    title: 'A leaflet for parents and carers',
    kind: 'carers_leaflet',
    audience: 'carers',
    format: 'standard',
    version: '1',
    reviewedAgo: 400,
  },
  {
    title: 'Referring a young person',
    kind: 'referral_leaflet',
    audience: 'agencies',
    format: 'standard',
    version: '3',
    reviewedAgo: 60,
    file: true,
  },
  {
    title: 'Claiming your expenses',
    kind: 'expenses_guidance',
    audience: 'mentors',
    format: 'large_print',
    version: '2',
    reviewedAgo: 30,
  },
] as const;

/**
 * Demo the policies register (the six recommended policies in force with their one-page PDFs; the
 * complaints policy due for review within the notice, health and safety overdue; a lone-working
 * draft), handbooks and leaflets, and three insurance policies (public liability expiring soon).
 * Every name and number is invented.
 */
export async function buildDemoPolicies(core: Core, _ctx: DemoContext): Promise<void> {
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = (await core.call(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`Demo policies: ${channel} failed with ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const today = ukToday(new Date());
  for (const p of await call<PolicyRow[]>('policies.list', {})) {
    const d = POLICIES[p.kind];
    if (!d) continue;
    const reviewOn = addDays(today, d.reviewIn);
    const approvedOn = addMonths(reviewOn, -12);
    await call<Policy>('policies.update', {
      id: p.id,
      title: p.title,
      kind: p.kind,
      owner: d.owner,
      status: 'in_force',
      summary: d.summary,
      reviewOn,
    });
    // An older version first, so the page shows the history with both documents readable.
    await call('policies.addVersion', {
      policyId: p.id,
      version: '1.0',
      approvedOn: addMonths(approvedOn, -24),
      approvedBy: 'Board of trustees',
      reviewOn: addMonths(approvedOn, -12),
      document: pdfUpload(`${p.kind}-v1.pdf`, `${p.title} (version 1.0)`, [
        'Fictional demo policy.',
        ...d.lines,
      ]),
    });
    await call('policies.addVersion', {
      policyId: p.id,
      version: '2.0',
      approvedOn,
      approvedBy: 'Board of trustees',
      reviewOn,
      changes: 'Brought up to date with current practice.',
      document: pdfUpload(`${p.kind}-v2.pdf`, `${p.title} (version 2.0)`, [
        'Fictional demo policy.',
        ...d.lines,
      ]),
    });
  }
  await call('policies.create', {
    title: 'Mentors’ use of social media',
    kind: 'other',
    owner: 'Co-ordinator',
    status: 'draft',
    summary: 'Being drafted: keeping in touch with mentees online without blurring boundaries.',
  });

  for (const l of LITERATURE)
    await call('policies.saveLiterature', {
      title: l.title,
      kind: l.kind,
      audience: l.audience,
      format: l.format,
      language: 'language' in l ? l.language : 'English',
      version: l.version,
      lastReviewedOn: addDays(today, -l.reviewedAgo),
      ...('file' in l ? { file: pdfUpload(`${l.kind}.pdf`, l.title, ['Fictional demo leaflet.']) } : {}),
    });

  const insurance = [
    {
      kind: 'employers_liability',
      insurer: 'Example Mutual Insurance',
      policyNumber: 'EL-000123',
      cover: 1_000_000_000,
      endsIn: 150,
      summary: 'Staff injured or made ill at work.',
    },
    {
      kind: 'public_liability',
      insurer: 'Example Mutual Insurance',
      policyNumber: 'PL-000456',
      cover: 500_000_000,
      endsIn: 20,
      summary: 'Injury or damage to others during the programme’s activities, mentors included.',
    },
    {
      kind: 'volunteer_personal_accident',
      insurer: 'Placeholder Underwriting',
      policyNumber: 'VPA-7788',
      cover: 2_500_000,
      endsIn: 240,
      summary: 'Mentors injured while volunteering.',
    },
  ];
  for (const i of insurance) {
    const expiresOn = addDays(today, i.endsIn);
    await call('policies.saveInsurance', {
      kind: i.kind,
      insurer: i.insurer,
      policyNumber: i.policyNumber,
      coverSummary: i.summary,
      coverAmountPence: i.cover,
      startsOn: addDays(addMonths(expiresOn, -12), 1),
      expiresOn,
      file: pdfUpload(`${i.kind}-schedule.pdf`, 'Insurance schedule (demo)', [
        i.insurer,
        `Policy ${i.policyNumber}`,
      ]),
    });
  }
}

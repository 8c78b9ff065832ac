import type { Core } from '../core.types';
import type { JobInfo } from '../../../shared/contract';

/**
 * Fictional spreadsheets for tests and the bench, and one function that runs a whole import
 * through the real pipeline (job, preview, commit), as the screen does.
 */
const FIRST = [
  'Ada',
  'Bilal',
  'Ceri',
  'Dev',
  'Efa',
  'Farah',
  'Gwen',
  'Hamish',
  'Ines',
  'Jonah',
  'Kemi',
  'Lorcan',
];
const LAST = ['Testwell', 'Sampleton', 'Fictional', 'Example', 'Madeup', 'Placeholder', 'Dummy', 'Notreal'];
const SOURCES = ['Leaflet', 'Word of mouth', 'Local college', 'Volunteer bureau'];

export const FIXTURE_HEADINGS = [
  'First name',
  'Surname',
  'DOB',
  'Email',
  'Mobile',
  'Postcode',
  'Date of enquiry',
  'How did you hear about us?',
  'Days available',
  'Languages',
  'Shoe size',
];

/** `n` valid rows of fictional mentors (each name unique), with UK dates, as CSV text. */
export function buildImportFixtureCsv(n: number): string {
  const lines = [FIXTURE_HEADINGS.join(',')];
  for (let i = 0; i < n; i++) {
    const first = `${FIRST[i % FIRST.length]}${i >= FIRST.length ? Math.floor(i / FIRST.length) : ''}`;
    const last = LAST[i % LAST.length]!;
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    lines.push(
      [
        first,
        last,
        `${day}/${month}/${1960 + (i % 40)}`,
        `${first.toLowerCase()}.${last.toLowerCase()}@example.org`,
        `07700 900${String(i % 1000).padStart(3, '0')}`,
        'LA9 4ZZ',
        `${day}/${month}/2025`,
        SOURCES[i % SOURCES.length],
        '"Mon, Wed"',
        '"English; Welsh"',
        String(36 + (i % 10)),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const ok = async <T>(core: Core, channel: string, input: unknown): Promise<T> => {
  const r = await core.call(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
};

/**
 * Hears every job ending from now on; `wait(jobId)` resolves with that job's end, even if it came
 * before the caller knew the id (a small file can be read before jobs.start has answered).
 */
export function jobEndings(core: Core): { wait(jobId: string): Promise<JobInfo>; stop(): void } {
  const ended = new Map<string, JobInfo>();
  const waiting = new Map<string, (info: JobInfo) => void>();
  const off = core.onEvent((e) => {
    if (e.event !== 'job.finished') return;
    ended.set(e.payload.jobId, e.payload);
    waiting.get(e.payload.jobId)?.(e.payload);
  });
  return {
    wait: (jobId) =>
      new Promise((resolve) => {
        const done = ended.get(jobId);
        if (done) resolve(done);
        else waiting.set(jobId, resolve);
      }),
    stop: off,
  };
}

/**
 * Read, check and import a CSV through the real pipeline, signed in as a co-ordinator. Returns
 * the counts and how long the commit (the one write transaction) took, in milliseconds.
 */
export async function importCsvThroughCore(
  core: Core,
  csv: string,
  mode: 'all' | 'valid' = 'valid',
): Promise<{ imported: number; skipped: number; readMs: number; commitMs: number }> {
  const endings = jobEndings(core);
  const t0 = performance.now();
  const { jobId } = await ok<{ jobId: string }>(core, 'jobs.start', {
    kind: 'import.mentors',
    input: { fileName: 'mentors.csv', fileBase64: Buffer.from(csv, 'utf8').toString('base64') },
  });
  const end = await endings.wait(jobId);
  endings.stop();
  if (end.state !== 'done') throw new Error(`The import job ended ${end.state}`);
  const readMs = performance.now() - t0;
  const t1 = performance.now();
  const out = await ok<{ imported: number; skipped: number }>(core, 'imports.commit', { jobId, mode });
  return { ...out, readMs, commitMs: performance.now() - t1 };
}

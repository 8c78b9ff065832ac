import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a SQLite write-ahead log without SQLite, to tell damage apart from an old database.
 * SQLite replays a WAL only up to the first frame whose checksum fails and silently ignores the
 * rest, so one flipped byte in `waymark.db-wal` makes the database look older than it is. When the
 * anchor check then fails, frames of the same WAL generation beyond the valid prefix mean the log
 * was damaged (committed work is sitting there unreadable), not that an old copy was put back.
 * Layout: https://www.sqlite.org/fileformat2.html#walformat (checksums cover the bytes as written,
 * which with SQLite3 Multiple Ciphers are the encrypted pages).
 */
export interface WalInspection {
  /** The file exists and holds more than a header. */
  present: boolean;
  headerValid: boolean;
  validFrames: number;
  /** Frames after the valid prefix that carry this log's salts: work SQLite will not replay. */
  strandedFrames: number;
}

const HEADER = 32;
const FRAME_HEADER = 24;

function checksum(buf: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s1, s2] = s;
  for (let i = 0; i + 8 <= buf.length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s1 = (s1 + x0 + s2) >>> 0;
    s2 = (s2 + x1 + s1) >>> 0;
  }
  return [s1, s2];
}

export function inspectWal(path: string): WalInspection {
  const none: WalInspection = { present: false, headerValid: false, validFrames: 0, strandedFrames: 0 };
  if (!existsSync(path)) return none;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size <= HEADER) return none;
    const header = Buffer.alloc(HEADER);
    readSync(fd, header, 0, HEADER, 0);
    const magic = header.readUInt32BE(0);
    const bigEndian = magic === 0x377f0683;
    const pageSize = header.readUInt32BE(8) || 65536;
    const headerSum = checksum(header.subarray(0, 24), bigEndian, [0, 0]);
    const headerValid =
      (magic === 0x377f0682 || magic === 0x377f0683) &&
      headerSum[0] === header.readUInt32BE(24) &&
      headerSum[1] === header.readUInt32BE(28);
    const frameSize = FRAME_HEADER + pageSize;
    const frames = Math.floor((size - HEADER) / frameSize);
    if (!headerValid) return { present: true, headerValid, validFrames: 0, strandedFrames: frames };
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);
    let sum = headerSum;
    let valid = 0;
    let stranded = 0;
    let broken = false;
    const frame = Buffer.alloc(frameSize);
    for (let i = 0; i < frames; i++) {
      readSync(fd, frame, 0, frameSize, HEADER + i * frameSize);
      const sameLog = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
      if (broken) {
        if (sameLog) stranded++;
        continue;
      }
      const next = checksum(
        frame.subarray(FRAME_HEADER),
        bigEndian,
        checksum(frame.subarray(0, 8), bigEndian, sum),
      );
      if (sameLog && next[0] === frame.readUInt32BE(16) && next[1] === frame.readUInt32BE(20)) {
        sum = next;
        valid++;
      } else {
        broken = true;
        if (sameLog) stranded++;
      }
    }
    return { present: true, headerValid, validFrames: valid, strandedFrames: stranded };
  } finally {
    closeSync(fd);
  }
}

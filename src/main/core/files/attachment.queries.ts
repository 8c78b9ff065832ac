import { createHash } from 'node:crypto';
import { decodeBase64, sniffAttachmentType, type AttachmentUpload } from '../../../shared/files/attachment';

/**
 * Files kept inside the encrypted database (receipts, policy documents and insurance schedules,
 * literature, partner agreements): one way to turn an upload into columns and one way to turn the
 * columns back into an answer, whatever the table calls them.
 */

/** A file as its columns hold it. */
export interface FileColumns {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * The type is what the bytes are (the contract's `attachmentUpload` has already refused anything
 * else), never the name's extension or what the sender claimed.
 */
export function toFileColumns(upload: AttachmentUpload): FileColumns {
  const bytes = Buffer.from(decodeBase64(upload.base64));
  return {
    fileName: upload.fileName,
    contentType: sniffAttachmentType(bytes) ?? 'application/octet-stream',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}

/** The file's description in an answer, or null when none is attached. */
export const fileInfo = (r: { fileName: string | null; contentType: string | null; size: number | null }) =>
  r.fileName && r.contentType
    ? { fileName: r.fileName, contentType: r.contentType, size: r.size ?? 0 }
    : null;

/** A kept file as the renderer's viewer takes it. */
export interface FileContent {
  fileName: string;
  contentType: string;
  size: number;
  base64: string;
}

/** The kept file's bytes as base64 with its description, or null when none is attached. */
export function fileContent(r: {
  fileName: string | null;
  contentType: string | null;
  size?: number | null;
  bytes: Uint8Array | null;
}): FileContent | null {
  if (!r.bytes || !r.fileName || !r.contentType) return null;
  return {
    fileName: r.fileName,
    contentType: r.contentType,
    size: r.size ?? r.bytes.length,
    base64: Buffer.from(r.bytes).toString('base64'),
  };
}

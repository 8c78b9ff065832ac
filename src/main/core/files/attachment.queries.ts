import { createHash } from 'node:crypto';
import { decodeBase64, sniffAttachmentType, type AttachmentUpload } from '../../../shared/files/attachment';

/**
 * A file as its columns hold it. The type is what the bytes are (the contract has already refused
 * anything else), never the name's extension or what the sender claimed.
 */
export interface FileColumns {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

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

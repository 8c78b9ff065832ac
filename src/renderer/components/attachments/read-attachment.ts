import {
  MAX_ATTACHMENT_BYTES,
  attachmentUpload,
  type AttachmentUpload,
} from '../../../shared/files/attachment';

/** A chosen file's bytes as base64, the form the core takes attachments in. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The first message the shared upload rule gives for this upload, or null when it passes. */
export function attachmentProblem(upload: AttachmentUpload): string | null {
  const parsed = attachmentUpload.safeParse(upload);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'The file could not be read.');
}

export type ReadAttachment = { ok: true; upload: AttachmentUpload } | { ok: false; problem: string };

/**
 * Reads a chosen file and checks it by the same rule the core uses (its bytes are a PDF or a
 * picture, 5 MB or less), so the person sees the message before anything is sent. A file that is
 * plainly too large is refused by its size before its bytes are read.
 */
export async function readAttachment(file: File): Promise<ReadAttachment> {
  const fileName = file.name.trim() || 'attachment';
  if (file.size > MAX_ATTACHMENT_BYTES)
    return { ok: false, problem: 'The file is larger than 5 MB. Attach a smaller copy or a photo.' };
  if (file.size === 0) return { ok: false, problem: 'The file is empty. Choose another.' };
  let base64: string;
  try {
    base64 = await fileToBase64(file);
  } catch {
    return { ok: false, problem: 'The file could not be read. Choose it again.' };
  }
  const upload = { fileName: fileName.slice(0, 200), base64 };
  const problem = attachmentProblem(upload);
  return problem ? { ok: false, problem } : { ok: true, upload };
}

/** base64 → bytes for showing or saving an attachment the core sent. */
export { decodeBase64 } from '../../../shared/files/attachment';

/** Saves a copy of an attachment under its own name (a download; Electron asks where). */
export function saveAttachmentCopy(bytes: Uint8Array, fileName: string, contentType: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the download a moment to take the bytes before the URL is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "12 KB", "1.4 MB": how big a stored file is, in words a person reads. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

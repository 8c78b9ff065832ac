import { z } from 'zod';

/**
 * Files kept inside the encrypted database (expense receipts, policy documents). A file is
 * accepted by what its bytes are, not by its name or the type the sender claims: the first bytes
 * must be a PDF, PNG, JPEG or WebP signature, and it must not be larger than the limit.
 */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** 5 MB: a phone photo of a receipt or a policy PDF fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** The largest base64 text that can hold MAX_ATTACHMENT_BYTES. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

/** What the bytes are, from their signature; null when they are none of the accepted types. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

export const ATTACHMENT_RULE_TEXT = 'a PDF or a photo (PNG, JPEG or WebP) of 5 MB or less';

/**
 * A file on the wire: its name and its bytes as base64. The size and the type are checked on the
 * decoded bytes, so the renderer's form and the core give the same answer.
 */
export const attachmentUpload = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1, 'Give the file a name.')
      .max(200, 'Use a file name of 200 characters or fewer.'),
    base64: z
      .string()
      .min(1, 'Choose a file.')
      .max(MAX_BASE64_CHARS + 4, 'The file is larger than 5 MB. Attach a smaller copy or a photo.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file could not be read. Choose it again.'),
  })
  .strict()
  .superRefine((file, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(file.base64);
    } catch {
      ctx.addIssue({
        code: 'custom',
        path: ['base64'],
        message: 'The file could not be read. Choose it again.',
      });
      return;
    }
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      ctx.addIssue({
        code: 'custom',
        path: ['base64'],
        message: 'The file is larger than 5 MB. Attach a smaller copy or a photo.',
      });
    else if (!sniffAttachmentType(bytes))
      ctx.addIssue({
        code: 'custom',
        path: ['base64'],
        message: `This file is not a PDF or a picture. Attach ${ATTACHMENT_RULE_TEXT}.`,
      });
  });
export type AttachmentUpload = z.infer<typeof attachmentUpload>;

/** base64 → bytes, in both Node and the browser (no Buffer in the renderer). */
export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

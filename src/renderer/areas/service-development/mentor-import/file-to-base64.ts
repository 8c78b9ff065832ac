import { IMPORT_LIMITS } from '../../../../shared/contract/mentor-import';

/** A chosen file's bytes as base64, the form the import job takes them in. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Why a file cannot be imported before it is even sent, or null. The core checks again. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (/\.xls$/i.test(file.name))
    return 'This is an older .xls file. Save it as .xlsx or CSV first, then choose it again.';
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'Choose a CSV or XLSX file.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > IMPORT_LIMITS.maxBytes)
    return 'The file is larger than 5 MB. Split it into smaller files and import each.';
  return null;
}

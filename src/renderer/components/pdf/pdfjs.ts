import { pdfjs } from 'react-pdf';
// The worker is emitted by Vite as a file of the app's own bundle, so the CSP's
// `worker-src 'self'` allows it and nothing is fetched from elsewhere.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * How every PDF is opened here. pdf.js would otherwise probe `eval` (refused by the CSP, which logs
 * an error) and print warnings to the console about the standard fonts our PDFs use unembedded
 * (Helvetica: the system's sans-serif stands in). Nothing personal is ever logged.
 */
export const PDF_OPTIONS = Object.freeze({
  isEvalSupported: false,
  verbosity: pdfjs.VerbosityLevel.ERRORS,
});

export { pdfjs };

/** base64 (as the core sends a document) → bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

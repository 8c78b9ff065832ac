import { PDF_OPTIONS, pdfjs } from './pdfjs';

/**
 * Saving and printing a PDF the core sent. Both work the same in Electron and in the browser host,
 * without a frame or a new window (the CSP allows neither):
 *  - Save a copy: a download of the bytes under the document's own file name (Electron asks where
 *    to save it; a browser saves to its downloads folder).
 *  - Print: each page is drawn to an image at print resolution and put in a print-only area, then
 *    the window's own print dialog opens; the area is removed once printing is over.
 */
export function saveCopy(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }));
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

/** Pixels per PDF point for printing: 2 ≈ 144 dpi, sharp on paper without huge images. */
const PRINT_SCALE = 2;

export async function printPdf(bytes: Uint8Array, title: string): Promise<void> {
  // A print whose "afterprint" never came (the dialog failed to open) leaves nothing behind.
  for (const stale of document.querySelectorAll('.pdf-print-area')) stale.remove();
  document.body.classList.remove('printing-pdf');
  const task = pdfjs.getDocument({ data: bytes.slice(), ...PDF_OPTIONS });
  const pdf = await task.promise;
  const area = document.createElement('div');
  area.className = 'pdf-print-area';
  area.setAttribute('aria-hidden', 'true');
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const img = document.createElement('img');
      img.src = canvas.toDataURL('image/png');
      img.alt = `${title}, page ${n}`;
      area.appendChild(img);
    }
  } finally {
    await task.destroy();
  }
  document.body.appendChild(area);
  document.body.classList.add('printing-pdf');
  const done = () => {
    document.body.classList.remove('printing-pdf');
    area.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

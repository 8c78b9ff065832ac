import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { Document, Page } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import { PDF_OPTIONS } from './pdfjs';
import './pdf.css';

interface PdfPreviewProps {
  /** The PDF itself. */
  data: Uint8Array;
  /** What it is, for the region's name and the messages ("Mentoring agreement X-2026-0007"). */
  title: string;
  /** The widest a page is drawn, in CSS pixels. */
  maxWidth?: number;
}

/**
 * One PDF, a page at a time, drawn by pdf.js (react-pdf) on a canvas with its text layer over it,
 * so a screen reader reads the text and it can be selected. Previous/Next buttons, and Page Up /
 * Page Down (or the arrow keys) when the page has focus, move between pages. If the preview
 * cannot be drawn, a message says so and points to "Save a copy".
 */
export function PdfPreview({ data, title, maxWidth = 720 }: PdfPreviewProps) {
  // pdf.js hands the bytes to its worker (detaching them), so it gets its own copy.
  const file = useMemo(() => ({ data: data.slice() }), [data]);
  const { ref, width } = useElementSize();
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);
  /** The page last drawn (tests wait for it). */
  const [drawn, setDrawn] = useState(0);
  const go = (n: number) => setPage(Math.min(Math.max(1, n), Math.max(1, pages)));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (['PageDown', 'ArrowRight'].includes(e.key)) go(page + 1);
    else if (['PageUp', 'ArrowLeft'].includes(e.key)) go(page - 1);
    else if (e.key === 'Home') go(1);
    else if (e.key === 'End') go(pages);
    else return;
    e.preventDefault();
  };

  if (failed) {
    return (
      <Alert color="yellow" variant="light" title="The preview cannot be shown here">
        {title} is saved, but this window could not draw it. Use “Save a copy” to open it in a PDF reader, or
        “Print” to print it.
      </Alert>
    );
  }

  const pageWidth = Math.max(280, Math.min(maxWidth, (width || maxWidth) - 32));
  return (
    <Stack gap="xs">
      {pages > 1 && (
        <Group gap="xs" justify="center">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconChevronLeft size={14} aria-hidden />}
            onClick={() => go(page - 1)}
            disabled={page <= 1}
          >
            Previous page
          </Button>
          <Text size="sm" aria-live="polite" data-testid="pdf-page-count">
            Page {page} of {pages}
          </Text>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconChevronRight size={14} aria-hidden />}
            onClick={() => go(page + 1)}
            disabled={page >= pages}
          >
            Next page
          </Button>
        </Group>
      )}
      <div
        ref={ref}
        className="pdf-preview"
        role="region"
        aria-label={`Preview of ${title}${pages > 1 ? `, page ${page} of ${pages}` : ''}`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="pdf-preview"
        data-drawn={drawn}
      >
        <Document
          file={file}
          options={PDF_OPTIONS}
          // The loading and error props below rather than Suspense and an error boundary.
          suspense={false}
          onLoadSuccess={(pdf) => {
            setPages(pdf.numPages);
            setPage(1);
          }}
          onLoadError={() => setFailed(true)}
          onSourceError={() => setFailed(true)}
          loading={<Loader size="sm" aria-label="Drawing the preview" />}
          error={<Text>The preview could not be drawn.</Text>}
        >
          <Page
            pageNumber={page}
            width={pageWidth}
            renderAnnotationLayer={false}
            loading={<Loader size="sm" aria-label="Drawing the page" />}
            onRenderSuccess={() => setDrawn(page)}
          />
        </Document>
      </div>
    </Stack>
  );
}

import { Button, Group, Image, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { PdfPreview } from '../pdf/PdfPreview';
import { decodeBase64, formatFileSize, saveAttachmentCopy } from './read-attachment';

interface AttachmentViewerProps {
  /** The file's bytes as the core sent them. */
  base64: string;
  /** Its type as the core recorded it (sniffed from the bytes when it was stored). */
  contentType: string;
  fileName: string;
  /** What it is, for the picture's text alternative and the preview's name ("Receipt for …"). */
  title: string;
  /** More buttons beside "Save a copy" (e.g. "Remove"). */
  actions?: ReactNode;
  maxWidth?: number;
}

/**
 * Shows one stored file in the app: a picture as an image, a PDF page by page (PdfPreview), with
 * "Save a copy" to keep it outside the app. The picture is shown from a blob: URL (allowed by the
 * CSP), let go when the viewer closes.
 */
export function AttachmentViewer({
  base64,
  contentType,
  fileName,
  title,
  actions,
  maxWidth = 720,
}: AttachmentViewerProps) {
  const bytes = useMemo(() => decodeBase64(base64), [base64]);
  const isPdf = contentType === 'application/pdf';
  const [imageUrl, setImageUrl] = useState<string | null>(null);

  useEffect(() => {
    if (isPdf) return;
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: contentType }));
    setImageUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [bytes, contentType, isPdf]);

  return (
    <Stack gap="sm" data-testid="attachment-viewer">
      <Group justify="space-between" align="center" wrap="wrap">
        <Text size="sm" c="dimmed">
          {fileName} · {isPdf ? 'PDF' : 'Picture'} · {formatFileSize(bytes.length)}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => saveAttachmentCopy(bytes, fileName, contentType)}
          >
            Save a copy
          </Button>
          {actions}
        </Group>
      </Group>
      {isPdf ? (
        <PdfPreview data={bytes} title={title} maxWidth={maxWidth} />
      ) : (
        imageUrl && (
          <Image
            src={imageUrl}
            alt={title}
            // Never drawn larger than it is (a small photo stays sharp), nor wider than the room.
            w="auto"
            maw={maxWidth}
            mah={720}
            style={{ alignSelf: 'flex-start' }}
            fit="contain"
            radius="sm"
            bd="1px solid var(--mantine-color-default-border)"
            data-testid="attachment-image"
          />
        )
      )}
    </Stack>
  );
}

import { FileInput, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import {
  ATTACHMENT_RULE_TEXT,
  ATTACHMENT_TYPES,
  type AttachmentUpload,
} from '../../../shared/files/attachment';
import { formatFileSize, readAttachment } from './read-attachment';

interface AttachmentPickerProps {
  label: string;
  /** Said under the label; the accepted files are always named. */
  description?: ReactNode;
  /** Called with the checked file, or null when it was cleared or failed the rule. */
  onChange(upload: AttachmentUpload | null): void;
  /** A message from the core about the file (e.g. a VALIDATION field message), shown like our own. */
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Bump to clear the picker after the file has been sent. */
  resetKey?: number;
}

/**
 * Chooses one file to keep in the database (a receipt, a policy document). The file is read in
 * the window and checked by the shared rule (a PDF or a picture, 5 MB or less, judged by its
 * bytes), so a wrong file is refused with the same words the core would use, before it is sent.
 * A button that opens the file dialog: keyboard-usable and labelled.
 */
export function AttachmentPicker({
  label,
  description,
  onChange,
  error,
  required,
  disabled,
  resetKey,
}: AttachmentPickerProps) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [seenReset, setSeenReset] = useState(resetKey);
  if (resetKey !== seenReset) {
    // Cleared from outside (the file was attached): start again.
    setSeenReset(resetKey);
    setFile(null);
    setProblem(null);
  }

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setProblem(null);
    if (!chosen) {
      onChange(null);
      return;
    }
    setReading(true);
    const read = await readAttachment(chosen);
    setReading(false);
    if (read.ok) onChange(read.upload);
    else {
      setProblem(read.problem);
      onChange(null);
    }
  };

  return (
    <FileInput
      label={label}
      description={
        <>
          {description}
          {description ? ' ' : ''}
          <Text span size="xs" inherit>
            Attach {ATTACHMENT_RULE_TEXT}.
          </Text>
        </>
      }
      accept={ATTACHMENT_TYPES.join(',')}
      leftSection={<IconPaperclip size={16} aria-hidden />}
      value={file}
      onChange={(f) => void choose(f)}
      valueComponent={({ value }) =>
        value && !Array.isArray(value) ? (
          <Text size="sm" truncate>
            {value.name} ({formatFileSize(value.size)})
          </Text>
        ) : null
      }
      error={problem ?? error}
      required={required}
      disabled={disabled || reading}
      clearable
      // Mantine's clear button has no name of its own: axe (and a screen reader) need one.
      clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
      data-testid="attachment-picker"
    />
  );
}

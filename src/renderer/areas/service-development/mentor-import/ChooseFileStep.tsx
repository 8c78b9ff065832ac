import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { IMPORT_LIMITS } from '../../../../shared/contract/mentor-import';
import { fileProblem } from './file-to-base64';

interface Props {
  busy: boolean;
  onRead(file: File): void;
}

/** Step one: pick the spreadsheet (a button that opens the file dialog, usable from the keyboard). */
export function ChooseFileStep({ busy, onRead }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const problem = file ? fileProblem(file) : null;
  return (
    <Stack gap="sm" maw={560}>
      <FileInput
        label="Spreadsheet of mentors"
        description={`A CSV or XLSX file up to 5 MB with a heading row and at most ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} mentors. Only the first sheet is read.`}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        value={file}
        onChange={setFile}
        error={problem}
        clearable
      />
      <Group>
        <Button onClick={() => file && onRead(file)} disabled={!file || !!problem} loading={busy}>
          Read the file
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Nothing is added until you have checked the rows and chosen to import them.
      </Text>
    </Stack>
  );
}

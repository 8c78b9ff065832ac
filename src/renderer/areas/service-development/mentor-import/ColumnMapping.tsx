import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ImportColumn,
  type ImportField,
} from '../../../../shared/contract/mentor-import';
import { TableScroll } from '../../../components/TableScroll';

export type Mapping = (ImportField | null)[];

interface Props {
  columns: readonly ImportColumn[];
  mapping: Mapping;
  onChange(mapping: Mapping): void;
  /** The mapping differs from the one the rows were checked with. */
  changed: boolean;
  busy: boolean;
  onApply(): void;
}

const IGNORE = '';
const OPTIONS = [
  { value: IGNORE, label: 'Ignore this column' },
  ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] })),
];

/** Choosing a detail another column had moves it here: each detail comes from one column. */
export function withChoice(mapping: Mapping, index: number, field: ImportField | null): Mapping {
  return mapping.map((f, i) => (i === index ? field : field !== null && f === field ? null : f));
}

/** Step two: which mentor detail each column holds, as guessed from its heading, changeable. */
export function ColumnMapping({ columns, mapping, onChange, changed, busy, onApply }: Props) {
  const missing = (['firstName', 'lastName'] as const).filter((f) => !mapping.includes(f));
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-columns-heading">
      <Title order={2} fz="h4" id="import-columns-heading">
        Columns
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        Waymark guessed what each column holds from its heading. Change any that are wrong; columns set to
        “Ignore this column” are not imported.
        {missing.length > 0 &&
          ` No column is set to ${missing.map((f) => IMPORT_FIELD_LABELS[f].toLowerCase()).join(' or ')}, so every row will need correcting.`}
      </Text>
      <TableScroll label="Columns in the file" minWidth={480}>
        <Table striped withTableBorder maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column in the file</Table.Th>
              <Table.Th scope="col">Mentor detail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column) => (
              <Table.Tr key={column.index}>
                <Table.Td>{column.title}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Mentor detail in the column “${column.title}”`}
                    data={OPTIONS}
                    value={mapping[column.index] ?? IGNORE}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      onChange(
                        withChoice(mapping, column.index, value === IGNORE ? null : (value as ImportField)),
                      );
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Group>
        <Button variant="default" onClick={onApply} disabled={!changed} loading={busy}>
          Check the rows again with these columns
        </Button>
      </Group>
    </Stack>
  );
}

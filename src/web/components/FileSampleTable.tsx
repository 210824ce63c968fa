import { Table } from '@mantine/core';
import { ScrollTable } from './ScrollTable';

/** The first rows of a file being imported under its header, as the preview read them, so a person can say which column holds what. */
export function FileSampleTable({
  header,
  sample,
  label,
  minWidth,
}: {
  header: string[];
  sample: string[][];
  label: string;
  minWidth: number;
}) {
  return (
    <ScrollTable minWidth={minWidth} label={label}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {header.map((column, index) => (
              <Table.Th key={`${column}-${index}`} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sample.map((row, r) => (
            <Table.Tr key={r}>
              {header.map((_, c) => (
                <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

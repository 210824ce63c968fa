import { Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable';

/** One column of a list: its header, and what a row shows in it. */
export interface ResponsiveColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
}

/** Below this width a list's rows are cards: a phone held upright. */
const CARDS_BELOW = '(max-width: 599.98px)';

/**
 * A list of records as a table on wide screens and as cards below 600 px, where a table's
 * columns would be cut or scrolled: each card is titled with the first column and lists the
 * others with their headers. The list pages (COEs, children…) show their rows through it.
 */
export function ResponsiveTable<Row>({
  rows,
  columns,
  rowKey,
  label,
  minWidth = 320,
}: {
  rows: readonly Row[];
  columns: readonly [ResponsiveColumn<Row>, ...Array<ResponsiveColumn<Row>>];
  rowKey: (row: Row) => string;
  /** The list's name, for assistive technology. */
  label: string;
  minWidth?: number;
}) {
  const cards = useMediaQuery(CARDS_BELOW, false, { getInitialValueInEffect: false });
  const [first, ...rest] = columns;
  if (cards)
    return (
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card key={rowKey(row)} component="li" withBorder padding="sm">
            <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{first.cell(row)}</div>
            <Stack component="dl" gap={4} mt="xs" mb={0}>
              {rest.map((column) => (
                <div
                  key={column.key}
                  style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }}
                >
                  <Text component="dt" size="sm" c="dimmed">
                    {column.header}
                  </Text>
                  <Text component="dd" size="sm" m={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {column.cell(row)}
                  </Text>
                </div>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  return (
    <ScrollTable minWidth={minWidth} label={label}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

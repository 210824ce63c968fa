import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANGE_LEVELS, STATUS_LEVELS, type Indicator } from '../../../../core/accountability/da-codes';
import type { ColorGrid } from '../../../../core/accountability/rule-set';
import { ScrollTable } from '../../../components/ScrollTable';

/** The 5×5 grids of the set started from, read only: the form copies them as they are (R1.6). */
export function GridTables({
  grids,
  from,
}: {
  grids: Partial<Record<Indicator, ColorGrid>> | undefined;
  from: string;
}) {
  const { t } = useTranslation();
  const entries = Object.entries(grids ?? {}) as Array<[Indicator, ColorGrid]>;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {entries.length > 0
          ? t('da.ruleSets.form.gridsCopied', { id: from })
          : t('da.ruleSets.form.noGrids', { id: from })}
      </Text>
      {entries.map(([indicator, grid]) => {
        const name = t('da.ruleSets.form.gridOf', { indicator: t(`da.indicators.${indicator}`) });
        return (
          <ScrollTable key={indicator} minWidth={560} label={name}>
            <Table withTableBorder withColumnBorders fz="xs">
              <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>{name}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('da.ruleSets.form.statusByChange')}</Table.Th>
                  {CHANGE_LEVELS.map((change) => (
                    <Table.Th scope="col" key={change}>
                      {t(`da.ruleSets.form.changeLevels.${change}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {STATUS_LEVELS.map((status) => (
                  <Table.Tr key={status}>
                    <Table.Th scope="row">{t(`da.statusLevels.${status}`)}</Table.Th>
                    {CHANGE_LEVELS.map((change) => (
                      <Table.Td key={change}>{t(`da.colors.${grid[status][change]}`)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        );
      })}
    </Stack>
  );
}

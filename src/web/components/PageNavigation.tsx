import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/**
 * Page numbers for a long list, kept in the address (`?page=`, or `param` when a page holds two
 * lists) so a page can be linked and the back button works; named for screen readers. Nothing
 * when everything fits on one page.
 */
export function PageNavigation({
  total,
  pageSize,
  param = 'page',
}: {
  total: number;
  pageSize: number;
  param?: string;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  if (total <= pageSize) return null;
  return (
    <Group justify="center">
      <Pagination
        total={Math.ceil(total / pageSize)}
        value={Number(params.get(param) ?? '1')}
        onChange={(next) => {
          const search = new URLSearchParams(params);
          search.set(param, String(next));
          setParams(search);
        }}
        getControlProps={(control) => ({ 'aria-label': t(`children.page.${control}`) })}
        getItemProps={(n) => ({ 'aria-label': t('children.page.number', { page: n }) })}
      />
    </Group>
  );
}

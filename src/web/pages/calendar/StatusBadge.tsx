import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type ItemStatus } from './calendar-types';

/** An item's or a glance action's status as a badge. */
export function StatusBadge({ status }: { status: ItemStatus | 'absent' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'absent' ? 'outline' : 'filled'}
      style={{ flexShrink: 0 }}
    >
      {t(`calendar.status.${status}`)}
    </Badge>
  );
}

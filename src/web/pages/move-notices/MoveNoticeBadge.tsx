import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import type { MoveNotices } from './move-notice-types';

/**
 * The queue's badge of a task from an MSIX move notice: the answer's due date while it waits
 * for an outcome (red once overdue). The open notices are read once for the whole queue.
 */
export function MoveNoticeBadge({ referralId }: { referralId: string }) {
  const { t, i18n } = useTranslation();
  const open = useQuery({
    queryKey: ['move-notices', 'open'],
    queryFn: () => api<MoveNotices>('GET', '/api/msix/move-notices?open=true'),
    staleTime: 60_000,
  });
  const notice = open.data?.items.find((item) => item.referralId === referralId);
  return (
    <Badge
      color={notice?.deadlineStatus === 'overdue' ? 'red' : 'grape'}
      variant="outline"
      c="var(--mantine-color-text)"
    >
      {notice
        ? t('moveNotices.dueBadge', { date: formatDate(notice.dueDate, i18n.language) })
        : t('moveNotices.badge')}
    </Badge>
  );
}

import { Badge, List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { ChildPfs, PfsCriterion } from './pfs-types';

/** One criterion and its evidence in the reader's language. */
export function useCriterionText(): (criterion: PfsCriterion) => string {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  return (criterion) => {
    switch (criterion.kind) {
      case 'recentMove':
        return t('pfs.criterion.recentMove', { date: date(criterion.qad) });
      case 'interruption':
        return t(
          criterion.by === 'move' ? 'pfs.criterion.interruptionMove' : 'pfs.criterion.interruptionWithdrawal',
          {
            date: date(criterion.date),
          },
        );
      case 'assessment':
        return t('pfs.criterion.assessment', {
          subject: t(`pfs.subjects.${criterion.subject}`),
          schoolYear: criterion.schoolYear,
          level: criterion.level,
        });
      case 'creditDeficient':
      case 'droppedOut': {
        const text = t(`pfs.criterion.${criterion.kind}`, { from: date(criterion.from) });
        return criterion.to ? t('pfs.criterion.until', { text, to: date(criterion.to) }) : text;
      }
    }
  };
}

/** The criteria a child meets, as a list. */
export function PfsCriteriaList({ criteria }: { criteria: readonly PfsCriterion[] }) {
  const text = useCriterionText();
  return (
    <List size="sm" spacing={2}>
      {criteria.map((criterion, index) => (
        <List.Item key={index}>{text(criterion)}</List.Item>
      ))}
    </List>
  );
}

/** A child's group in the order of service: a PFS badge, or the group's name. */
export function OrderGroupBadge({ group }: { group: ChildPfs['group'] }) {
  const { t } = useTranslation();
  if (group === 'pfs')
    return (
      <Badge color="red" variant="filled" title={t('pfs.groups.pfs')}>
        {t('pfs.badge')}
        <VisuallyHidden>{` – ${t('pfs.groups.pfs')}`}</VisuallyHidden>
      </Badge>
    );
  return <Text size="sm">{t(`pfs.groups.${group}`)}</Text>;
}

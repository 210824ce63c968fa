import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleXFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { nameOf, type InterviewDraft } from './interview-draft';

/**
 * The verdict per child, kept in sight at the foot of the screen while the form scrolls, with
 * a tap to the determination and its reasons below the form.
 */
export function DeterminationBar({
  draft,
  determination,
}: {
  draft: InterviewDraft;
  determination: Determination | undefined;
}) {
  const { t } = useTranslation();
  if (!determination || determination.children.length === 0) return null;
  const showDetails = () => {
    const title = document.getElementById('determination-title');
    title?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    title?.focus({ preventScroll: true });
  };
  return (
    <Paper
      component="aside"
      aria-label={t('interview.bar.label')}
      withBorder
      shadow="sm"
      p="xs"
      style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
    >
      <Group justify="space-between" gap="xs">
        <Group gap="sm">
          {determination.children.map((result, index) => {
            const child = draft.children.find((c) => c.id === result.child);
            const name = (child && nameOf(child)) || t('interview.children.child', { number: index + 1 });
            const Icon = result.eligible ? IconCircleCheckFilled : IconCircleXFilled;
            return (
              <Group key={result.child} gap={4} wrap="nowrap">
                <Icon
                  size={18}
                  aria-hidden
                  color={result.eligible ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-red-9)'}
                />
                <Text size="sm">
                  {name}:{' '}
                  {result.eligible ? t('interview.result.eligible') : t('interview.result.notEligible')}
                </Text>
              </Group>
            );
          })}
        </Group>
        <Button size="compact-sm" variant="light" onClick={showDetails}>
          {t('interview.bar.details')}
        </Button>
      </Group>
    </Paper>
  );
}

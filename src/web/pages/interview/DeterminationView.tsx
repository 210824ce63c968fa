import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildDetermination } from '../../../core/eligibility/interview-schema';
import { formatDate } from '../../app/format';
import { Fact } from '../../components/Fact';

/**
 * One child's determination, explained: eligible or not, the QAD, the last day, the basis in
 * plain words (what an SQM is), the reasons when not eligible, and the engine's trace.
 */
export function ChildDeterminationCard({
  result,
  childName,
}: {
  result: ChildDetermination;
  childName: string;
}) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null | undefined) => formatDate(value ?? null, i18n.language);
  return (
    <Card withBorder role="region" aria-label={t('interview.result.forChild', { name: childName })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {childName}
          </Title>
          <Badge color={result.eligible ? 'teal' : 'red'} size="lg">
            {result.eligible ? t('interview.result.eligible') : t('interview.result.notEligible')}
          </Badge>
        </Group>
        {result.qad && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} component="dl" m={0}>
            <Fact label={t('interview.result.qad')} value={date(result.qad)} />
            <Fact
              label={t('interview.result.endDate')}
              value={
                result.eligibilityEndDate
                  ? `${date(result.eligibilityEndDate)} (${t(`interview.result.endReasons.${result.endReason ?? '36-months'}`)})`
                  : '—'
              }
            />
            {result.relation && (
              <Fact
                label={t('interview.result.relation')}
                value={t(`interview.result.relations.${result.relation}`)}
              />
            )}
            {result.workerMoveDate && (
              <Fact label={t('interview.result.workerMoveDate')} value={date(result.workerMoveDate)} />
            )}
          </SimpleGrid>
        )}
        {result.basis && (
          <Alert
            color={result.basis === 'sqm' ? 'blue' : 'gray'}
            title={t(`interview.result.basis.${result.basis}.title`)}
          >
            {t(`interview.result.basis.${result.basis}.explained`)}
          </Alert>
        )}
        {result.reasons.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              {t('interview.result.reasons')}
            </Text>
            <List size="sm">
              {result.reasons.map((code) => (
                <List.Item key={code}>{t(`interview.reasons.${code}`, { defaultValue: code })}</List.Item>
              ))}
            </List>
          </div>
        )}
        <div>
          <Text fw={600} size="sm">
            {t('interview.result.trace')}
          </Text>
          <List type="ordered" size="sm" spacing={4}>
            {result.trace.map((step, index) => (
              <List.Item key={index} style={{ overflowWrap: 'anywhere' }}>
                {step}
              </List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Card>
  );
}

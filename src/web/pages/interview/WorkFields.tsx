import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENTS, WORK_OUTCOMES, WORK_SECTORS, type WorkDraft } from './interview-draft';
import { MoreFacts } from './MoreFacts';

/** The work a worker obtained or sought after a move. */
export function WorkFields({
  workerName,
  work,
  onChange,
}: {
  workerName: string;
  work: WorkDraft;
  onChange: (edit: (work: WorkDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof WorkDraft>(key: K) =>
    (value: WorkDraft[K]) =>
      onChange((w) => {
        w[key] = value;
      });
  const sectors = work.outcome === 'sought' ? WORK_SECTORS.filter((s) => s !== 'other') : WORK_SECTORS;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <NativeSelect
        label={t('interview.work.outcome', { name: workerName })}
        value={work.outcome}
        onChange={(e) => {
          const outcome = e.currentTarget.value as WorkDraft['outcome'];
          onChange((w) => {
            w.outcome = outcome;
            if (outcome === 'sought' && w.sector === 'other') w.sector = 'agricultural';
          });
        }}
        data={WORK_OUTCOMES.map((value) => ({ value, label: t(`interview.work.outcomes.${value}`) }))}
      />
      {work.outcome !== 'none' && (
        <>
          <NativeSelect
            label={t('interview.work.sector')}
            value={work.sector}
            onChange={(e) => set('sector')(e.currentTarget.value as WorkDraft['sector'])}
            data={sectors.map((value) => ({ value, label: t(`interview.work.sectors.${value}`) }))}
          />
          {work.outcome === 'obtained' && (
            <>
              <NativeSelect
                label={t('interview.work.employment')}
                value={work.employment}
                onChange={(e) => set('employment')(e.currentTarget.value as WorkDraft['employment'])}
                data={[
                  { value: '', label: t('interview.work.employments.unknown') },
                  ...EMPLOYMENTS.map((value) => ({ value, label: t(`interview.work.employments.${value}`) })),
                ]}
              />
              <TextInput
                type="date"
                label={t('interview.work.startDate')}
                value={work.startDate}
                onChange={(e) => set('startDate')(e.currentTarget.value)}
              />
            </>
          )}
          <TextInput
            label={t('interview.work.description')}
            description={t('interview.work.descriptionHint')}
            value={work.description}
            onChange={(e) => set('description')(e.currentTarget.value)}
          />
          {work.outcome === 'obtained' && (
            <MoreFacts
              label={t('interview.work.moreFacts', { name: workerName })}
              filled={!work.isNew || work.expectedDurationMonths !== ''}
            >
              <Stack gap="xs">
                <Checkbox
                  label={t('interview.work.isNew')}
                  description={t('interview.work.isNewHint')}
                  checked={work.isNew}
                  onChange={(e) => set('isNew')(e.currentTarget.checked)}
                />
                <TextInput
                  inputMode="decimal"
                  label={t('interview.work.expectedDurationMonths')}
                  description={t('interview.work.expectedDurationHint')}
                  value={work.expectedDurationMonths}
                  onChange={(e) => set('expectedDurationMonths')(e.currentTarget.value)}
                />
              </Stack>
            </MoreFacts>
          )}
        </>
      )}
    </SimpleGrid>
  );
}

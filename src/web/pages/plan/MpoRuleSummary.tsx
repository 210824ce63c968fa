import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { Fact } from '../../components/Fact';
import type { PlanMpo } from './plan-types';

/** An MPO's rule in plain words: who it measures, the dosage, what counts as growth, the target and the minimum n. */
export function MpoRuleSummary({ mpo }: { mpo: PlanMpo }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const population =
    mpo.population.kind === 'belowProficient'
      ? t('plan.rule.belowProficient', {
          subject: t(`plan.subjects.${mpo.population.subject}`),
          maxLevel: mpo.population.maxLevel,
        })
      : t('plan.rule.age', { minAge: mpo.population.minAge, maxAge: mpo.population.maxAge });
  const growth = mpo.growth;
  const growthText =
    growth.kind === 'points'
      ? t('plan.rule.points', { points: n(growth.points) })
      : growth.kind === 'percentOfRange'
        ? t('plan.rule.percentOfRange', { percent: n(growth.percent) })
        : growth.kind === 'reach'
          ? t('plan.rule.reach', { score: n(growth.score) })
          : t('plan.rule.anyGain');
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
      <Fact label={t('plan.rule.population')} value={population} />
      <Fact
        label={t('plan.rule.dosage')}
        value={
          mpo.minHours === null ? t('plan.rule.noDosage') : t('plan.rule.hours', { hours: n(mpo.minHours) })
        }
      />
      <Fact label={t('plan.rule.growth')} value={growthText} />
      <Fact label={t('plan.rule.target')} value={t('plan.rule.targetText', { target: n(mpo.target) })} />
      <Fact label={t('plan.rule.minN')} value={t('plan.rule.minNText', { minN: n(mpo.minN) })} />
      <Fact
        label={t('plan.rule.terms')}
        value={mpo.terms.map((term) => t(`services.terms.${term}`)).join(', ')}
      />
    </SimpleGrid>
  );
}

import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { DrawSampleForm } from './DrawSampleForm';
import { MyReinterviews } from './MyReinterviews';
import type { Sample, SampleSummary } from './qc-types';
import { SampleAssignments } from './SampleAssignments';
import { SampleRates } from './SampleRates';

/**
 * Quality-control re-interviews: the state draws a sample of approved COEs per region,
 * assigns re-interviewers and follows the discrepancy rate; re-interviewers record results.
 */
export function QualityControlPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const isManager = can('qc.manage');
  const [params, setParams] = useSearchParams();
  const samples = useQuery({
    queryKey: ['qc-samples'],
    queryFn: () => api<{ items: SampleSummary[] }>('GET', '/api/quality-control/samples'),
  });
  const sampleId = params.get('sample') ?? samples.data?.items[0]?.id ?? null;
  const choose = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('sample', id);
    else next.delete('sample');
    setParams(next, { replace: true });
  };
  const describe = (sample: SampleSummary) =>
    t('qualityControl.sampleLabel', {
      from: formatDate(sample.approvedFrom, i18n.language),
      to: formatDate(sample.approvedTo, i18n.language),
      count: sample.perRegion,
      drawn: formatDateTime(sample.drawnAt, i18n.language),
    });

  return (
    <Stack>
      <Title order={1}>{t('qualityControl.title')}</Title>
      <Text>{t(isManager ? 'qualityControl.introManager' : 'qualityControl.introReinterviewer')}</Text>
      {isManager && <DrawSampleForm onDrawn={(sample) => choose(sample.id)} />}
      <QueryState isPending={samples.isPending} error={samples.error}>
        {samples.data?.items.length === 0 ? (
          <Alert color="gray" title={t('qualityControl.noSamples')}>
            {t(isManager ? 'qualityControl.noSamplesManager' : 'qualityControl.noSamplesReinterviewer')}
          </Alert>
        ) : (
          <Select
            label={t('qualityControl.sample')}
            allowDeselect={false}
            value={sampleId}
            onChange={choose}
            data={(samples.data?.items ?? []).map((sample) => ({
              value: sample.id,
              label: describe(sample),
            }))}
          />
        )}
      </QueryState>
      {sampleId && <SampleView sampleId={sampleId} isManager={isManager} />}
    </Stack>
  );
}

function SampleView({ sampleId, isManager }: { sampleId: string; isManager: boolean }) {
  const { t } = useTranslation();
  const sample = useQuery({
    queryKey: ['qc-sample', sampleId],
    queryFn: () => api<Sample>('GET', `/api/quality-control/samples/${sampleId}`),
  });
  return (
    <QueryState isPending={sample.isPending} error={sample.error}>
      {sample.data && (
        <Stack>
          {isManager && (
            <>
              <Title order={2} size="h4">
                {t('qualityControl.rates.title')}
              </Title>
              <Text size="sm">{t('qualityControl.seed', { seed: sample.data.seed })}</Text>
              <SampleRates sample={sample.data} />
            </>
          )}
          <MyReinterviews sample={sample.data} hideWhenEmpty={isManager} />
          {isManager && <SampleAssignments sample={sample.data} />}
        </Stack>
      )}
    </QueryState>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { StatusBadge } from './MonitoringFilters';
import {
  FUNDING_RESOURCES,
  formatMoney,
  isEditable,
  trackingLog,
  type Application,
  type ApplicationLine,
  type TrackingLogData,
} from './monitoring-types';

const emptyLine = (label: string): ApplicationLine => ({
  label,
  description: '',
  fundingResource: '3060',
  amount: 0,
  strategies: [],
  serviceIds: [],
});

/**
 * One application (MN2): its lines with funding, strategies and services, edited while a draft
 * or revision, with the alignment check of the region's year recomputed as the lines change
 * (MN3.2); submitting, approving and reopening for revision.
 */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const { applicationId = '' } = useParams();
  const client = useQueryClient();
  const application = useQuery({
    queryKey: ['application', applicationId],
    queryFn: () => api<Application>('GET', `/api/monitoring/applications/${applicationId}`),
  });
  const a = application.data;
  const log = useQuery({
    queryKey: ['tracking-log', a?.programYear, a?.regionId],
    queryFn: () =>
      api<TrackingLogData>(
        'GET',
        `/api/monitoring/tracking-log${queryString({ programYear: a!.programYear, regionId: a!.regionId })}`,
      ),
    enabled: a !== undefined && a.districtId === null,
    retry: false,
  });
  const [lines, setLines] = useState<ApplicationLine[]>([]);
  const [kind, setKind] = useState<Application['kind']>('dsa');
  useEffect(() => {
    if (a) {
      setLines(a.lines);
      setKind(a.kind);
    }
  }, [a]);
  const onSaved = (saved: Application) => {
    client.setQueryData(['application', applicationId], saved);
    void client.invalidateQueries({ queryKey: ['tracking-log'] });
    void client.invalidateQueries({ queryKey: ['applications'] });
  };
  const save = useMutation({
    mutationFn: () =>
      api<Application>('PUT', `/api/monitoring/applications/${applicationId}`, {
        version: a!.version,
        kind,
        lines,
      }),
    onSuccess: onSaved,
  });
  const step = useMutation({
    mutationFn: (which: 'submit' | 'revise' | 'approve') =>
      which === 'approve'
        ? api<Application>('POST', `/api/monitoring/applications/${applicationId}/approval`, {
            version: a!.version,
          })
        : api<Application>('POST', `/api/monitoring/applications/${applicationId}/status`, {
            version: a!.version,
            step: which,
          }),
    onSuccess: onSaved,
  });
  const editable = a !== undefined && a.abilities.edit && isEditable(a.status);
  const dirty = a !== undefined && (JSON.stringify(lines) !== JSON.stringify(a.lines) || kind !== a.kind);
  const strategyOptions = (a?.planStrategies ?? []).map((s) => ({
    value: s.number,
    label: `${s.number} ${i18n.language === 'es' ? s.textEs : s.textEn}`,
  }));
  const knownStrategies = new Set(strategyOptions.map((o) => o.value));
  const extraStrategies = [...new Set(lines.flatMap((l) => l.strategies))]
    .filter((n) => !knownStrategies.has(n))
    .map((n) => ({ value: n, label: n }));
  // The alignment check as the lines are written (MN3.2): a regional application within the
  // region's whole year; a DSA or MOU against what the plan asks of its district.
  const live = useMemo(() => {
    if (!a) return undefined;
    const editing = { id: a.id, kind, districtId: a.districtId, lines };
    if (a.districtId !== null)
      return trackingLog(
        a.planStrategies,
        [{ districtId: a.districtId, name: a.districtName ?? '' }],
        [editing],
      );
    if (!log.data) return undefined;
    const others = log.data.applications
      .filter((x) => x.id !== a.id)
      .map((x) => ({ ...x, kind: x.kind as Application['kind'] }));
    return trackingLog(
      log.data.strategies,
      log.data.implementers.slice(1).map((i) => ({ districtId: i.districtId, name: i.name })),
      [...others, editing],
    );
  }, [log.data, a, kind, lines]);
  const problems = (live?.problems ?? []).filter(
    (p) => a?.districtId === null || p.kind === 'missing_in_district',
  );
  const nameOf = (districtId: string | null) =>
    live?.implementers.find((i) => i.districtId === districtId)?.name ?? '';
  const change = (index: number, patch: Partial<ApplicationLine>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const total = lines.reduce((sum, l) => sum + (Number.isFinite(l.amount) ? l.amount : 0), 0);

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={`/monitoring/applications${queryString({ programYear: a?.programYear, regionId: a?.regionId })}`}
      >
        {t('monitoring.applications.back')}
      </Anchor>
      <QueryState isPending={application.isPending} error={application.error}>
        {a && (
          <>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1}>
                  {a.districtName ?? a.regionName} · {t(`monitoring.kinds.${a.kind}`)}
                </Title>
                <Group gap="xs">
                  <StatusBadge status={a.status} />
                  <Text size="sm" c="dimmed">
                    {t('monitoring.applications.yearRevision', { year: a.programYear, revision: a.revision })}
                  </Text>
                </Group>
              </div>
              <Group gap="xs">
                {editable && (
                  <Button
                    onClick={() => step.mutate('submit')}
                    disabled={dirty}
                    loading={step.isPending}
                    variant="default"
                  >
                    {t('monitoring.applications.submit')}
                  </Button>
                )}
                {a.abilities.approve && a.status === 'submitted' && (
                  <Button onClick={() => step.mutate('approve')} loading={step.isPending}>
                    {t('monitoring.applications.approve')}
                  </Button>
                )}
                {a.abilities.edit && a.status === 'approved' && (
                  <Button onClick={() => step.mutate('revise')} loading={step.isPending} variant="default">
                    {t('monitoring.applications.revise')}
                  </Button>
                )}
              </Group>
            </Group>
            {step.error && <ErrorAlert error={step.error} />}
            {a.districtId !== null && editable && (
              <Select
                label={t('monitoring.applications.agreement')}
                value={kind}
                onChange={(value) => value && setKind(value as Application['kind'])}
                allowDeselect={false}
                data={[
                  { value: 'dsa', label: t('monitoring.kinds.dsa') },
                  { value: 'mou', label: t('monitoring.kinds.mou') },
                ]}
              />
            )}
            <Title order={2} size="h3">
              {t('monitoring.applications.lines', { total: formatMoney(total, i18n.language) })}
            </Title>
            {lines.length === 0 && <Text>{t('monitoring.applications.noLines')}</Text>}
            {lines.map((line, index) => (
              <Card
                key={index}
                withBorder
                component="fieldset"
                aria-label={t('monitoring.applications.line', { label: line.label })}
              >
                <Stack gap="xs">
                  <Group grow align="flex-end">
                    <TextInput
                      label={t('monitoring.applications.label')}
                      value={line.label}
                      onChange={(e) => change(index, { label: e.currentTarget.value })}
                      readOnly={!editable}
                      maxLength={20}
                    />
                    <Select
                      label={t('monitoring.applications.fundingResource')}
                      value={line.fundingResource}
                      onChange={(value) =>
                        value &&
                        change(index, { fundingResource: value as ApplicationLine['fundingResource'] })
                      }
                      data={[...FUNDING_RESOURCES]}
                      allowDeselect={false}
                      readOnly={!editable}
                    />
                    <NumberInput
                      label={t('monitoring.applications.amount')}
                      value={line.amount}
                      onChange={(value) => change(index, { amount: typeof value === 'number' ? value : 0 })}
                      min={0}
                      decimalScale={2}
                      prefix="$"
                      thousandSeparator=","
                      readOnly={!editable}
                    />
                  </Group>
                  <TextInput
                    label={t('monitoring.applications.description')}
                    value={line.description}
                    onChange={(e) => change(index, { description: e.currentTarget.value })}
                    readOnly={!editable}
                    maxLength={500}
                  />
                  <MultiSelect
                    label={t('monitoring.applications.strategies')}
                    value={line.strategies}
                    onChange={(value) => change(index, { strategies: value })}
                    data={[...strategyOptions, ...extraStrategies]}
                    searchable
                    readOnly={!editable}
                  />
                  <MultiSelect
                    label={t('monitoring.applications.services')}
                    value={line.serviceIds}
                    onChange={(value) => change(index, { serviceIds: value })}
                    data={a.fundableServices.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
                    searchable
                    readOnly={!editable}
                    nothingFoundMessage={t('monitoring.applications.noServices')}
                  />
                  {editable && (
                    <Button
                      variant="subtle"
                      color="red"
                      onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
                    >
                      {t('monitoring.applications.removeLine', { label: line.label })}
                    </Button>
                  )}
                </Stack>
              </Card>
            ))}
            {editable && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => setLines((all) => [...all, emptyLine(String(all.length + 1))])}
                >
                  {t('monitoring.applications.addLine')}
                </Button>
                <Button onClick={() => save.mutate()} disabled={!dirty} loading={save.isPending}>
                  {t('monitoring.applications.save')}
                </Button>
              </Group>
            )}
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && !dirty && (
              <Text role="status" c="green">
                {t('monitoring.applications.saved')}
              </Text>
            )}
            {live && (
              <Card withBorder component="section" aria-labelledby="alignment">
                <Title order={2} size="h4" id="alignment">
                  {t('monitoring.alignment.title')}
                </Title>
                {problems.length === 0 ? (
                  <Text c="green">{t('monitoring.alignment.none')}</Text>
                ) : (
                  <Alert
                    color="orange"
                    role="status"
                    title={t('monitoring.alignment.gaps', { count: problems.length })}
                  >
                    <List size="sm">
                      {problems.map((p) => (
                        <List.Item key={`${p.kind}-${p.strategy}-${p.districtId}`}>
                          {p.kind === 'missing_everywhere'
                            ? t('monitoring.alignment.missingEverywhere', { strategy: p.strategy })
                            : t('monitoring.alignment.missingInDistrict', {
                                strategy: p.strategy,
                                district: nameOf(p.districtId),
                              })}
                        </List.Item>
                      ))}
                    </List>
                  </Alert>
                )}
              </Card>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

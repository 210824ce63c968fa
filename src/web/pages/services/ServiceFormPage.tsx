import type { Static } from '@sinclair/typebox';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { problemText } from '../../app/error-text';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import type {
  DistrictListReply,
  RegionListReply,
} from '../../../server/routes/organizations/organizations.schemas';
import type { AdoptedPlanReply } from '../../../server/routes/plan/plan.schemas';
import {
  APPLICATION_KINDS,
  FUNDING_RESOURCES,
  SERVICE_COMPONENTS,
  SERVICE_TERMS,
  type Service,
  type ServiceBody,
} from './service-types';
import { useService } from './use-service';

const EMPTY: ServiceBody = {
  code: '',
  name: '',
  term: 'RSY',
  site: null,
  districtId: null,
  startDate: '',
  endDate: '',
  actualStartDate: null,
  actualEndDate: null,
  fundingResource: null,
  applicationKind: null,
  applicationLine: null,
  mpos: [],
  strategies: [],
  components: [],
  pdRequired: false,
  instrumentName: null,
  instrumentMin: 0,
  instrumentMax: 100,
  higherIsBetter: true,
  instrumentLevels: [],
  sessionMinutes: 60,
  stateServiceCode: null,
};

function bodyOf(s: Service): ServiceBody {
  return {
    code: s.code,
    name: s.name,
    term: s.term,
    site: s.site,
    districtId: s.districtId,
    startDate: s.startDate,
    endDate: s.endDate,
    actualStartDate: s.actualStartDate,
    actualEndDate: s.actualEndDate,
    fundingResource: s.fundingResource as ServiceBody['fundingResource'],
    applicationKind: s.applicationKind as ServiceBody['applicationKind'],
    applicationLine: s.applicationLine,
    mpos: s.mpos,
    strategies: s.strategies,
    components: s.components as ServiceBody['components'],
    pdRequired: s.pdRequired,
    instrumentName: s.instrumentName,
    instrumentMin: s.instrumentMin,
    instrumentMax: s.instrumentMax,
    higherIsBetter: s.higherIsBetter,
    instrumentLevels: s.instrumentLevels,
    sessionMinutes: s.sessionMinutes,
    stateServiceCode: s.stateServiceCode,
  };
}

/** Create a service (`/services/new`) or change one (`/services/:serviceId/edit`). */
export function ServiceFormPage() {
  const { t } = useTranslation();
  const { serviceId } = useParams();
  const existing = useService(serviceId ?? '', serviceId !== undefined);
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to={serviceId ? `/services/${serviceId}` : '/services'}>
        {serviceId ? t('services.form.back') : t('services.backToList')}
      </Anchor>
      <Title order={1}>{serviceId ? t('services.form.editTitle') : t('services.form.newTitle')}</Title>
      {serviceId ? (
        <QueryState isPending={existing.isPending} error={existing.error}>
          {existing.data && <ServiceForm service={existing.data} />}
        </QueryState>
      ) : (
        <ServiceForm />
      )}
    </Stack>
  );
}

function ServiceForm({ service }: { service?: Service }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState<ServiceBody>(() => (service ? bodyOf(service) : EMPTY));
  const [regionId, setRegionId] = useState<string | null>(service?.regionId ?? me.regionId);
  const set = <K extends keyof ServiceBody>(key: K, value: ServiceBody[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: me.regionId === null && !service,
  });
  const districts = useQuery({
    queryKey: ['districts', regionId],
    queryFn: () => api<Static<typeof DistrictListReply>>('GET', `/api/districts?regionId=${regionId}`),
    enabled: regionId !== null,
  });
  const plan = useQuery({
    queryKey: ['plan', 'adopted'],
    queryFn: () => api<Static<typeof AdoptedPlanReply>>('GET', '/api/plan/adopted'),
  });
  const save = useMutation({
    mutationFn: () =>
      service
        ? api<Service>('PUT', `/api/services/${service.id}`, { ...form, version: service.version })
        : api<Service>('POST', '/api/services', { ...form, regionId: regionId ?? undefined }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['service', saved.id] });
      await client.invalidateQueries({ queryKey: ['services'] });
      navigate(`/services/${saved.id}`);
    },
  });
  const problem = save.error instanceof ApiError ? save.error : null;
  const err = (field: string) => problem?.problemFor(field);
  const text = (value: string) => (value.trim() === '' ? null : value);
  const numberOf = (value: string | number) => (typeof value === 'number' ? value : Number(value));
  const levels = form.instrumentLevels;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('services.fields.name')}
              required
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={err('name')}
            />
            <TextInput
              label={t('services.fields.code')}
              required
              value={form.code}
              onChange={(e) => set('code', e.currentTarget.value)}
              error={err('code')}
            />
            <Select
              label={t('services.fields.term')}
              required
              allowDeselect={false}
              value={form.term}
              onChange={(v) => v && set('term', v as ServiceBody['term'])}
              data={SERVICE_TERMS.map((value) => ({ value, label: t(`services.terms.${value}`) }))}
              error={err('term')}
            />
            {me.regionId === null && !service && (
              <Select
                label={t('services.fields.region')}
                required
                allowDeselect={false}
                searchable
                value={regionId}
                onChange={setRegionId}
                data={(regions.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.number} – ${r.name}`,
                }))}
                error={err('regionId')}
              />
            )}
            <Select
              label={t('services.fields.provider')}
              placeholder={t('services.form.theRegion')}
              clearable
              value={form.districtId}
              onChange={(v) => set('districtId', v)}
              data={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
              error={err('districtId')}
            />
            <TextInput
              label={t('services.fields.site')}
              value={form.site ?? ''}
              onChange={(e) => set('site', text(e.currentTarget.value))}
              error={err('site')}
            />
            <TextInput
              type="date"
              label={t('services.fields.startDate')}
              required
              value={form.startDate}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              error={err('startDate')}
            />
            <TextInput
              type="date"
              label={t('services.fields.endDate')}
              required
              value={form.endDate}
              onChange={(e) => set('endDate', e.currentTarget.value)}
              error={err('endDate')}
            />
            <TextInput
              type="date"
              label={t('services.fields.actualStartDate')}
              value={form.actualStartDate ?? ''}
              onChange={(e) => set('actualStartDate', text(e.currentTarget.value))}
              error={err('actualStartDate')}
            />
            <TextInput
              type="date"
              label={t('services.fields.actualEndDate')}
              value={form.actualEndDate ?? ''}
              onChange={(e) => set('actualEndDate', text(e.currentTarget.value))}
              error={err('actualEndDate')}
            />
            <NumberInput
              label={t('services.fields.sessionMinutes')}
              min={1}
              max={600}
              allowDecimal={false}
              value={form.sessionMinutes ?? ''}
              onChange={(v) => set('sessionMinutes', v === '' ? null : numberOf(v))}
              error={err('sessionMinutes')}
            />
            <TextInput
              label={t('services.fields.stateServiceCode')}
              value={form.stateServiceCode ?? ''}
              onChange={(e) => set('stateServiceCode', text(e.currentTarget.value))}
              error={err('stateServiceCode')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('services.funding')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('services.fields.fundingResource')}
              clearable
              value={form.fundingResource}
              onChange={(v) => set('fundingResource', v as ServiceBody['fundingResource'])}
              data={[...FUNDING_RESOURCES]}
              error={err('fundingResource')}
            />
            <Select
              label={t('services.fields.applicationKind')}
              clearable
              value={form.applicationKind}
              onChange={(v) => set('applicationKind', v as ServiceBody['applicationKind'])}
              data={APPLICATION_KINDS.map((value) => ({
                value,
                label: t(`services.applicationKinds.${value}`),
              }))}
              error={err('applicationKind')}
            />
            <TextInput
              label={t('services.fields.applicationLine')}
              value={form.applicationLine ?? ''}
              onChange={(e) => set('applicationLine', text(e.currentTarget.value))}
              error={err('applicationLine')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('services.alignment')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MultiSelect
              label={t('services.fields.mpos')}
              value={form.mpos}
              onChange={(v) => set('mpos', v)}
              data={(plan.data?.plan?.mpos ?? []).map((m) => m.number)}
              error={err('mpos')}
            />
            <MultiSelect
              label={t('services.fields.strategies')}
              value={form.strategies}
              onChange={(v) => set('strategies', v)}
              data={(plan.data?.plan?.strategies ?? []).map((s) => s.number)}
              error={err('strategies')}
            />
            <MultiSelect
              label={t('services.fields.components')}
              value={form.components}
              onChange={(v) => set('components', v as ServiceBody['components'])}
              data={SERVICE_COMPONENTS.map((value) => ({ value, label: t(`services.components.${value}`) }))}
              error={err('components')}
            />
          </SimpleGrid>
          <Checkbox
            mt="md"
            label={t('services.fields.pdRequired')}
            checked={form.pdRequired}
            onChange={(e) => set('pdRequired', e.currentTarget.checked)}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('services.instrument')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('services.fields.instrumentName')}
              value={form.instrumentName ?? ''}
              onChange={(e) => set('instrumentName', text(e.currentTarget.value))}
              error={err('instrumentName')}
            />
            <NumberInput
              label={t('services.fields.instrumentMin')}
              required
              decimalScale={2}
              value={form.instrumentMin}
              onChange={(v) => set('instrumentMin', numberOf(v))}
              error={err('instrumentMin')}
            />
            <NumberInput
              label={t('services.fields.instrumentMax')}
              required
              decimalScale={2}
              value={form.instrumentMax}
              onChange={(v) => set('instrumentMax', numberOf(v))}
              error={err('instrumentMax')}
            />
          </SimpleGrid>
          <Radio.Group
            mt="md"
            label={t('services.fields.direction')}
            value={form.higherIsBetter ? 'higher' : 'lower'}
            onChange={(v) => set('higherIsBetter', v === 'higher')}
          >
            <Group mt="xs">
              <Radio value="higher" label={t('services.higherIsBetter')} />
              <Radio value="lower" label={t('services.lowerIsBetter')} />
            </Group>
          </Radio.Group>
          <Stack gap="xs" mt="md">
            {levels.map((level, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('services.form.levelLabel')}
                  value={level.label}
                  onChange={(e) =>
                    set(
                      'instrumentLevels',
                      levels.map((l, j) => (j === i ? { ...l, label: e.currentTarget.value } : l)),
                    )
                  }
                  error={err(`instrumentLevels[${i}].label`)}
                  style={{ flex: 2 }}
                />
                <NumberInput
                  label={t('services.form.levelFrom')}
                  decimalScale={2}
                  value={level.from}
                  onChange={(v) =>
                    set(
                      'instrumentLevels',
                      levels.map((l, j) => (j === i ? { ...l, from: numberOf(v) } : l)),
                    )
                  }
                  error={err(`instrumentLevels[${i}]`)}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  label={t('services.form.levelTo')}
                  decimalScale={2}
                  value={level.to}
                  onChange={(v) =>
                    set(
                      'instrumentLevels',
                      levels.map((l, j) => (j === i ? { ...l, to: numberOf(v) } : l)),
                    )
                  }
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('services.form.removeLevel', { n: i + 1 })}
                  onClick={() =>
                    set(
                      'instrumentLevels',
                      levels.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  set('instrumentLevels', [
                    ...levels,
                    { label: '', from: form.instrumentMin, to: form.instrumentMax },
                  ])
                }
              >
                {t('services.form.addLevel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {save.error && (
          <Alert color="red" role="alert" title={t('services.form.notSaved')}>
            {save.error instanceof ApiError ? save.error.message : String(save.error)}
            {problem && problem.problems.length > 1 && (
              <ul>
                {problem.problems.map((p) => (
                  <li key={`${p.field}${p.message}`}>{problemText(p, t)}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('services.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

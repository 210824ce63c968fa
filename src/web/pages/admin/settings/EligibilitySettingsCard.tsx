import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALIFORNIA_ELIGIBILITY_SETTINGS } from '../../../../core/eligibility/eligibility-settings';
import type {
  ChangeEligibilitySettingsReply,
  EligibilitySettingsPreviewReply,
  EligibilitySettingsReply,
  EligibilitySettingsValues,
} from '../../../../server/routes/eligibility/eligibility.schemas';
import { api, ApiError } from '../../../app/api';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, QueryState } from '../../../components/QueryState';

type Settings = Static<typeof EligibilitySettingsValues>;
type SettingsView = Static<typeof EligibilitySettingsReply>;
type Counts = Static<typeof ChangeEligibilitySettingsReply>['redetermined'];
type NumberKey =
  | 'soonAfterDays'
  | 'toJoinMaxMonths'
  | 'precedeMaxMonths'
  | 'recentHistoryMinMoves'
  | 'recentHistoryLookbackMonths';
/** The form's values: numbers as typed ('' for an empty field), the states as a comma-separated list. */
type Draft = Record<NumberKey, number | string> & {
  singleDistrictStates: string;
  feb29Anniversary: Settings['feb29Anniversary'];
};

const NUMBERS: Array<{ key: NumberKey; nullable: boolean; min: number; unit: 'days' | 'months' | null }> = [
  { key: 'soonAfterDays', nullable: false, min: 0, unit: 'days' },
  { key: 'toJoinMaxMonths', nullable: true, min: 1, unit: 'months' },
  { key: 'precedeMaxMonths', nullable: true, min: 1, unit: 'months' },
  { key: 'recentHistoryMinMoves', nullable: false, min: 1, unit: null },
  { key: 'recentHistoryLookbackMonths', nullable: false, min: 1, unit: 'months' },
];

const CALIFORNIA: Settings = {
  ...CALIFORNIA_ELIGIBILITY_SETTINGS,
  singleDistrictStates: [...CALIFORNIA_ELIGIBILITY_SETTINGS.singleDistrictStates],
};

function toDraft(settings: Settings): Draft {
  return {
    soonAfterDays: settings.soonAfterDays,
    toJoinMaxMonths: settings.toJoinMaxMonths ?? '',
    precedeMaxMonths: settings.precedeMaxMonths ?? '',
    recentHistoryMinMoves: settings.recentHistoryMinMoves,
    recentHistoryLookbackMonths: settings.recentHistoryLookbackMonths,
    singleDistrictStates: settings.singleDistrictStates.join(', '),
    feb29Anniversary: settings.feb29Anniversary,
  };
}

/** The body of the preview (the PUT adds the version read): an empty number is "no limit" where the setting allows it, else the server names it. */
function toBody(draft: Draft) {
  const number = (value: number | string) => (value === '' ? null : Number(value));
  return {
    settings: {
      ...Object.fromEntries(NUMBERS.map(({ key }) => [key, number(draft[key])])),
      singleDistrictStates: draft.singleDistrictStates
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
      feb29Anniversary: draft.feb29Anniversary,
    },
  };
}

/**
 * The state's eligibility settings as a form (docs/rules/coe-and-interview-format.md,
 * Settings): each with its value now, California's and where California's comes from. A change
 * is previewed (how many stored children it would re-determine) before it can be saved.
 */
export function EligibilitySettingsCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const n = (value: number) => formatNumber(value, i18n.language);
  const view = useQuery({
    queryKey: ['eligibility-settings'],
    queryFn: () => api<SettingsView>('GET', '/api/eligibility/settings'),
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  // The version the settings were read at when the draft began: the save is made at it.
  const [draftVersion, setDraftVersion] = useState(0);
  const preview = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) =>
      api<Static<typeof EligibilitySettingsPreviewReply>>('POST', '/api/eligibility/settings/preview', body),
  });
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) =>
      api<Static<typeof ChangeEligibilitySettingsReply>>('PUT', '/api/eligibility/settings', {
        ...body,
        version: draftVersion,
      }),
    onSuccess: async () => {
      setDraft(null);
      preview.reset();
      await client.invalidateQueries({ queryKey: ['eligibility-settings'] });
    },
    // Someone else saved the settings meanwhile (409): the draft is dropped and the settings
    // read again; the message says why.
    onError: async (error) => {
      if (!(error instanceof ApiError && error.status === 409)) return;
      setDraft(null);
      preview.reset();
      await client.invalidateQueries({ queryKey: ['eligibility-settings'] });
    },
  });
  const change = (next: Partial<Draft>) => {
    if (!view.data) return;
    if (!draft) setDraftVersion(view.data.version);
    setDraft({ ...(draft ?? toDraft(view.data)), ...next });
    preview.reset();
    save.reset();
  };
  const error = [preview.error, save.error].find((e) => e instanceof ApiError) ?? null;
  const problem = (key: string) => error?.problemFor(`settings.${key}`) ?? error?.problemFor(key);
  const counts = (key: 'previewResult' | 'saved', c: Counts) =>
    t(`settings.eligibility.${key}`, {
      count: c.children,
      coes: n(c.coes),
      children: n(c.children),
      changed: n(c.changed),
      nowEligible: n(c.nowEligible),
      noLongerEligible: n(c.noLongerEligible),
    });
  const shown = (value: number | null, unit: 'days' | 'months' | null) =>
    value === null ? t('settings.noLimit') : unit ? t(`settings.${unit}`, { count: value }) : n(value);
  const states = (codes: readonly string[]) => (codes.length ? codes.join(', ') : t('settings.none'));
  const anniversary = (value: Settings['feb29Anniversary']) =>
    t(value === 'feb-28' ? 'settings.eligibility.feb28' : 'settings.eligibility.mar1');
  const describe = (now: string, california: string, key: string) => (
    <>
      {t('settings.now', { value: now })} · {t('settings.california', { value: california })}
      <br />
      {t('settings.source', { source: t(`settings.eligibility.sources.${key}`) })}
    </>
  );

  return (
    <Card withBorder component="section" aria-labelledby="eligibility-settings-title">
      <Title order={2} size="h4" id="eligibility-settings-title">
        {t('settings.eligibility.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('settings.eligibility.intro')}
      </Text>
      <QueryState isPending={view.isPending} error={view.error}>
        {view.data && (
          <Stack mt="sm">
            {NUMBERS.map(({ key, nullable, min, unit }) => (
              <NumberInput
                key={key}
                label={t(`settings.eligibility.${key}`)}
                description={describe(shown(view.data[key], unit), shown(CALIFORNIA[key], unit), key)}
                value={(draft ?? toDraft(view.data))[key]}
                onChange={(value) => change({ [key]: value } as Partial<Draft>)}
                min={min}
                allowDecimal={false}
                allowNegative={false}
                required={!nullable}
                maw={420}
                error={problem(key)}
              />
            ))}
            <TextInput
              label={t('settings.eligibility.singleDistrictStates')}
              description={describe(
                states(view.data.singleDistrictStates),
                states(CALIFORNIA.singleDistrictStates),
                'singleDistrictStates',
              )}
              value={(draft ?? toDraft(view.data)).singleDistrictStates}
              onChange={(event) => change({ singleDistrictStates: event.currentTarget.value })}
              maw={420}
              error={
                problem('singleDistrictStates') ??
                error?.problems.find((p) => p.field.startsWith('settings.singleDistrictStates'))?.message
              }
            />
            <NativeSelect
              label={t('settings.eligibility.feb29Anniversary')}
              description={describe(
                anniversary(view.data.feb29Anniversary),
                anniversary(CALIFORNIA.feb29Anniversary),
                'feb29Anniversary',
              )}
              value={(draft ?? toDraft(view.data)).feb29Anniversary}
              onChange={(event) =>
                change({ feb29Anniversary: event.currentTarget.value as Settings['feb29Anniversary'] })
              }
              data={[
                { value: 'feb-28', label: t('settings.eligibility.feb28') },
                { value: 'mar-1', label: t('settings.eligibility.mar1') },
              ]}
              maw={420}
              error={problem('feb29Anniversary')}
            />
            <Text size="xs" c="dimmed">
              {t('settings.eligibility.contract')}
            </Text>
            <Group>
              {draft && (
                <>
                  <Button
                    variant={preview.data ? 'default' : 'filled'}
                    loading={preview.isPending}
                    disabled={save.isPending}
                    onClick={() => preview.mutate(toBody(draft))}
                  >
                    {t('settings.eligibility.preview')}
                  </Button>
                  {preview.data && (
                    <Button loading={save.isPending} onClick={() => save.mutate(toBody(draft))}>
                      {t('settings.eligibility.save')}
                    </Button>
                  )}
                  <Button
                    variant="default"
                    disabled={save.isPending}
                    onClick={() => {
                      setDraft(null);
                      preview.reset();
                    }}
                  >
                    {t('settings.eligibility.cancel')}
                  </Button>
                </>
              )}
              <Button variant="subtle" disabled={save.isPending} onClick={() => change(toDraft(CALIFORNIA))}>
                {t('settings.eligibility.restore')}
              </Button>
            </Group>
            {preview.data && !save.isPending && (
              <Alert color="blue" role="status" data-testid="eligibility-preview">
                {counts('previewResult', preview.data.redetermined)}
              </Alert>
            )}
            {save.isPending && (
              <Alert color="blue" role="status">
                {t('settings.eligibility.saving')}
              </Alert>
            )}
            {error && <ErrorAlert error={error} />}
            {save.data && (
              <Alert color="ciclo" role="status" data-testid="eligibility-saved">
                {counts('saved', save.data.redetermined)}
              </Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

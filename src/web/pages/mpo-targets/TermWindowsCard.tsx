import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { CALIFORNIA_TERM_WINDOWS } from '../../../core/services/target-list-terms';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useSettingDraft } from '../../components/use-setting-draft';
import { SERVICE_TERMS, type TermWindows } from './mpo-target-types';

type End = 'from' | 'to';
const MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A month-day (`MM-DD`) as a month chosen by name and a day of the month. */
function MonthDayInput({
  label,
  value,
  onChange,
  disabled,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [month, day] = value.split('-').map(Number) as [number, number];
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={label}
        value={String(month)}
        allowDeselect={false}
        disabled={disabled}
        onChange={(next) => next && onChange(`${twoDigits(Number(next))}-${twoDigits(day)}`)}
        data={MONTHS.map((m) => ({ value: String(m), label: monthName.format(Date.UTC(2001, m - 1, 1)) }))}
        error={error}
        style={{ flex: 1 }}
      />
      <NumberInput
        label={t('mpoTargets.terms.day')}
        value={day}
        min={1}
        max={31}
        w={80}
        disabled={disabled}
        onChange={(next) => typeof next === 'number' && onChange(`${twoDigits(month)}-${twoDigits(next)}`)}
      />
    </Group>
  );
}

/** When each term runs within a period: shown to all who read the plan, changed by those who manage it. */
export function TermWindowsCard() {
  const { t, i18n } = useTranslation();
  const dayName = new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const dayText = (monthDay: string) => {
    const [month, day] = monthDay.split('-').map(Number) as [number, number];
    return dayName.format(Date.UTC(2001, month - 1, day));
  };
  const { can } = useSession();
  const {
    view: windows,
    draft,
    setDraft,
    save,
  } = useSettingDraft<TermWindows & { version: number }, TermWindows>({
    queryKey: ['term-windows'],
    url: '/api/mpo-targets/terms',
    invalidates: [['mpo-targets']],
  });
  const shown = draft ?? windows.data;
  const editable = can('plan.manage');
  const problem = (field: string) =>
    save.error instanceof ApiError ? save.error.problemFor(field) : undefined;
  const change = (term: (typeof SERVICE_TERMS)[number], end: End, value: string) => {
    if (!shown) return;
    save.reset();
    setDraft({
      RSY: shown.RSY,
      SUMMER: shown.SUMMER,
      INTERSESSION: shown.INTERSESSION,
      [term]: { ...shown[term], [end]: value },
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="term-windows-title">
      <Title order={2} size="h4" id="term-windows-title">
        {t('mpoTargets.terms.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('mpoTargets.terms.intro')}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('settings.source', { source: t('mpoTargets.terms.source') })}
      </Text>
      <QueryState isPending={windows.isPending} error={windows.error}>
        {shown && (
          <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
            {SERVICE_TERMS.map((term) => (
              <Fieldset key={term} legend={t(`services.terms.${term}`)}>
                {(['from', 'to'] as const).map((end) => (
                  <MonthDayInput
                    key={end}
                    label={t(`mpoTargets.terms.${end}`)}
                    value={shown[term][end]}
                    disabled={!editable}
                    error={problem(`${term}.${end}`)}
                    onChange={(value) => change(term, end, value)}
                  />
                ))}
                <Text size="xs" c="dimmed" mt={6}>
                  {t('settings.california', {
                    value: t('mpoTargets.terms.range', {
                      from: dayText(CALIFORNIA_TERM_WINDOWS[term].from),
                      to: dayText(CALIFORNIA_TERM_WINDOWS[term].to),
                    }),
                  })}
                </Text>
              </Fieldset>
            ))}
          </SimpleGrid>
        )}
        {editable && draft && (
          <Group mt="md">
            <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
              {t('mpoTargets.terms.save')}
            </Button>
            <Button variant="default" onClick={() => (setDraft(null), save.reset())}>
              {t('mpoTargets.terms.cancel')}
            </Button>
          </Group>
        )}
        {editable && (
          <Button variant="subtle" mt="xs" onClick={() => (setDraft(CALIFORNIA_TERM_WINDOWS), save.reset())}>
            {t('mpoTargets.terms.restore')}
          </Button>
        )}
        {save.error &&
          !(
            save.error instanceof ApiError &&
            save.error.status !== 409 &&
            save.error.problems.length > 0
          ) && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Alert color="ciclo" role="status" mt="sm">
            {t('mpoTargets.terms.saved')}
          </Alert>
        )}
      </QueryState>
    </Card>
  );
}

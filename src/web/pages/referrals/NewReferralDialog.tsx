import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, queryString } from '../../app/api';
import { todayInState } from '../../app/format';
import { useSession } from '../../app/session';
import type { DistrictListReply } from '../../../server/routes/organizations/organizations.schemas';
import { MANUAL_REFERRAL_SOURCES, type ManualReferralSource } from '../../../core/recruitment/referral';
import { type NewReferral, type Referral } from './referral-types';

/** The typed texts of the form, in the order a list gives them; the dates are typed as dates. */
const NAME_FIELDS = ['firstName', 'middleName', 'lastSurname', 'secondSurname'] as const;
const DATE_FIELDS = ['districtEnterDate', 'schoolEnterDate'] as const;
const OTHER_FIELDS = [
  'schoolName',
  'grade',
  'homeLanguage',
  'guardianName',
  'phone',
  'address',
  'localStudentId',
] as const;
type TextField = (typeof NAME_FIELDS)[number] | (typeof DATE_FIELDS)[number] | (typeof OTHER_FIELDS)[number];
const REQUIRED: ReadonlySet<string> = new Set(['firstName', 'lastSurname']);
/** The list's "Dates are same?" box as the person reads it off the list: checked, unchecked, or no such box. */
type DatesSameAnswer = 'none' | 'yes' | 'no';

interface Draft {
  districtId: string | null;
  source: ManualReferralSource;
  birthDate: string;
  texts: Record<TextField, string>;
  hispanic: boolean;
  priorMigrant: boolean;
  datesSame: DatesSameAnswer;
}

const emptyDraft = (districtId: string | null): Draft => ({
  districtId,
  source: 'community',
  birthDate: '',
  texts: Object.fromEntries(
    [...NAME_FIELDS, ...DATE_FIELDS, ...OTHER_FIELDS].map((field) => [field, '']),
  ) as Record<TextField, string>,
  hispanic: false,
  priorMigrant: false,
  datesSame: 'none',
});

/** The request of a draft: empty texts are not sent; an unchecked box says nothing (null), but the list's own box does. */
function bodyOf(draft: Draft): NewReferral {
  const text = (field: TextField) => draft.texts[field].trim() || null;
  return {
    districtId: draft.districtId ?? '',
    source: draft.source,
    firstName: draft.texts.firstName,
    middleName: text('middleName'),
    lastSurname: draft.texts.lastSurname,
    secondSurname: text('secondSurname'),
    birthDate: draft.birthDate,
    districtEnterDate: text('districtEnterDate'),
    schoolEnterDate: text('schoolEnterDate'),
    schoolName: text('schoolName'),
    grade: text('grade'),
    homeLanguage: text('homeLanguage'),
    guardianName: text('guardianName'),
    phone: text('phone'),
    address: text('address'),
    localStudentId: text('localStudentId'),
    hispanic: draft.hispanic || null,
    priorMigrant: draft.priorMigrant || null,
    datesSame:
      draft.source === 'school-list' && draft.datesSame !== 'none' ? draft.datesSame === 'yes' : null,
  };
}

/**
 * A referral typed by hand into a district's queue, with where it came from (a school or
 * district list, the community, an employer or grower, an agency, the family itself, another
 * region); the server ranks it by the region's rules and names each field it refuses.
 */
export function NewReferralDialog({
  onClose,
  onEntered,
}: {
  onClose: () => void;
  onEntered: (referral: Referral) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const districts = useQuery({
    queryKey: ['districts', me.regionId],
    queryFn: () =>
      api<Static<typeof DistrictListReply>>('GET', `/api/districts${queryString({ regionId: me.regionId })}`),
  });
  const items = districts.data?.items ?? [];
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(null));
  // the one district of a region with one is chosen already
  const districtId = draft.districtId ?? (items.length === 1 ? items[0]!.id : null);
  const enter = useMutation({
    mutationFn: () => api<Referral>('POST', '/api/referrals', bodyOf({ ...draft, districtId })),
    onSuccess: onEntered,
  });
  const error = enter.error instanceof ApiError ? enter.error : null;
  const problem = (field: string) => error?.problemFor(field);
  const setText = (field: TextField, value: string) =>
    setDraft((current) => ({ ...current, texts: { ...current.texts, [field]: value } }));
  const textInput = (field: TextField, type: 'text' | 'date' | 'tel' = 'text') => (
    <TextInput
      key={field}
      label={t(`referrals.fields.${field}`)}
      type={type}
      required={REQUIRED.has(field)}
      autoComplete="off"
      maxLength={200}
      value={draft.texts[field]}
      onChange={(e) => setText(field, e.currentTarget.value)}
      error={problem(field)}
    />
  );

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    enter.mutate();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('referrals.entry.cancel') }}
      title={t('referrals.entry.title')}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('referrals.import.district')}
              required
              searchable
              allowDeselect={false}
              value={districtId}
              onChange={(value) => setDraft((current) => ({ ...current, districtId: value }))}
              data={items.map((district) => ({ value: district.id, label: district.name }))}
              error={problem('districtId')}
              data-autofocus
            />
            <Select
              label={t('referrals.entry.source')}
              required
              allowDeselect={false}
              value={draft.source}
              onChange={(value) =>
                value && setDraft((current) => ({ ...current, source: value as ManualReferralSource }))
              }
              data={MANUAL_REFERRAL_SOURCES.map((value) => ({
                value,
                label: t(`referrals.sources.${value}`),
              }))}
              error={problem('source')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {NAME_FIELDS.map((field) => textInput(field))}
            <TextInput
              label={t('referrals.fields.birthDate')}
              type="date"
              required
              max={todayInState()}
              value={draft.birthDate}
              onChange={(e) => {
                const birthDate = e.currentTarget.value;
                setDraft((current) => ({ ...current, birthDate }));
              }}
              error={problem('birthDate')}
            />
            {OTHER_FIELDS.slice(0, 2).map((field) => textInput(field))}
            {DATE_FIELDS.map((field) => textInput(field, 'date'))}
          </SimpleGrid>
          {draft.source === 'school-list' && (
            <Radio.Group
              label={t('referrals.entry.datesSame')}
              description={t('referrals.entry.datesSameHint')}
              value={draft.datesSame}
              onChange={(value) =>
                setDraft((current) => ({ ...current, datesSame: value as DatesSameAnswer }))
              }
              error={problem('datesSame')}
            >
              <Group mt={4} gap="md">
                {(['none', 'yes', 'no'] as const).map((answer) => (
                  <Radio
                    key={answer}
                    value={answer}
                    label={t(`referrals.entry.datesSameAnswers.${answer}`)}
                  />
                ))}
              </Group>
            </Radio.Group>
          )}
          <Group gap="lg">
            <Checkbox
              label={t('referrals.fields.hispanic')}
              checked={draft.hispanic}
              onChange={(e) => {
                const hispanic = e.currentTarget.checked;
                setDraft((current) => ({ ...current, hispanic }));
              }}
            />
            <Checkbox
              label={t('referrals.fields.priorMigrant')}
              checked={draft.priorMigrant}
              onChange={(e) => {
                const priorMigrant = e.currentTarget.checked;
                setDraft((current) => ({ ...current, priorMigrant }));
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {textInput('homeLanguage')}
            {textInput('guardianName')}
            {textInput('phone', 'tel')}
            {textInput('address')}
            {textInput('localStudentId')}
          </SimpleGrid>
          {error && (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('referrals.entry.cancel')}
            </Button>
            <Button type="submit" loading={enter.isPending}>
              {t('referrals.entry.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

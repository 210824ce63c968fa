import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { FormCard } from '../../components/FormCard';
import { useFormValues } from '../../components/use-form-values';
import { SEX_CHOICES, type FamilyDetail, type SexChoice } from './family-types';

const RELATIONS = ['parent', 'guardian', 'spouse', 'worker'] as const;
type Relation = (typeof RELATIONS)[number];

/** Adds a parent, guardian, spouse or worker to the family, their sex recorded when known (X7.4). */
export function AddMemberForm({ familyId, onDone }: { familyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormValues({
    relation: 'parent' as Relation,
    firstName: '',
    lastSurname: '',
    secondSurname: '',
    sex: '' as SexChoice,
    isQualifyingWorker: false,
  });
  const { values } = form;
  const save = useMutation({
    mutationFn: () =>
      api<FamilyDetail>('POST', `/api/families/${familyId}/members`, {
        relation: values.relation,
        firstName: values.firstName,
        lastSurname: values.lastSurname,
        secondSurname: values.secondSurname.trim() === '' ? null : values.secondSurname,
        sex: values.sex === '' ? null : values.sex,
        isQualifyingWorker: values.isQualifyingWorker,
      }),
    onSuccess: (updated) => {
      client.setQueryData(['family', familyId], updated);
      onDone();
    },
  });
  const problem = (field: string) =>
    save.error instanceof ApiError ? save.error.problemFor(field) : undefined;
  return (
    <FormCard
      title={t('family.addMember')}
      submitLabel={t('family.add')}
      save={save}
      onSubmit={() => save.mutate()}
      onCancel={onDone}
      cancelLabel={t('family.cancel')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <NativeSelect
          label={t('family.relation')}
          value={values.relation}
          onChange={(event) => form.set('relation', event.currentTarget.value as Relation)}
          data={RELATIONS.map((value) => ({ value, label: t(`child.relations.${value}`) }))}
        />
        <TextInput
          label={t('family.firstName')}
          required
          {...form.text('firstName')}
          error={problem('firstName')}
        />
        <TextInput
          label={t('family.lastSurname')}
          required
          {...form.text('lastSurname')}
          error={problem('lastSurname')}
        />
        <TextInput label={t('family.secondSurname')} {...form.text('secondSurname')} />
        <NativeSelect
          label={t('family.sex')}
          description={t('family.sexHint')}
          value={values.sex}
          onChange={(event) => form.set('sex', event.currentTarget.value as SexChoice)}
          data={SEX_CHOICES.map((value) => ({ value, label: t(`family.sexes.${value || 'none'}`) }))}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label={t('child.qualifyingWorker')}
        checked={values.isQualifyingWorker}
        onChange={(event) => form.set('isQualifyingWorker', event.currentTarget.checked)}
      />
    </FormCard>
  );
}

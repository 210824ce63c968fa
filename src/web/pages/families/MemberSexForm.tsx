import { Alert, Button, Group, NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { fullName } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import { SEX_CHOICES, type FamilyDetail, type FamilyMember, type SexChoice } from './family-types';

/**
 * Sets or corrects a member's sex, which says whose names MSIX receives as the male and the
 * female parent (X7.4), at the family's version shown; a change made elsewhere since (409) asks
 * to reload.
 */
export function MemberSexForm({ family, member }: { family: FamilyDetail; member: FamilyMember }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [sex, setSex] = useState<SexChoice>(member.sex ?? '');
  const save = useMutation({
    mutationFn: () =>
      api<FamilyDetail>('PUT', `/api/families/${family.id}/members/${member.id}/sex`, {
        sex: sex === '' ? null : sex,
        version: family.version,
      }),
    onSuccess: (updated) => client.setQueryData(['family', family.id], updated),
  });
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('family.sexFormOf', { name: fullName(member) })}>
      <Group align="end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('family.sex')}
          description={t('family.sexHint')}
          value={sex}
          onChange={(event) => setSex(event.currentTarget.value as SexChoice)}
          data={SEX_CHOICES.map((value) => ({ value, label: t(`family.sexes.${value || 'none'}`) }))}
        />
        <Button type="submit" variant="light" loading={save.isPending} disabled={sex === (member.sex ?? '')}>
          {t('family.saveSex')}
        </Button>
      </Group>
      {stale ? (
        <Alert color="orange" role="alert" mt="xs" title={t('errors.conflict')}>
          {t('family.conflict')}{' '}
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              save.reset();
              void client.invalidateQueries({ queryKey: ['family', family.id] });
            }}
          >
            {t('family.reload')}
          </Button>
        </Alert>
      ) : save.error ? (
        <ErrorAlert error={save.error} />
      ) : null}
    </form>
  );
}

import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { dateWithinService } from '../services/service-types';
import type { AlignedService, TargetList, TargetRow } from './mpo-target-types';

/**
 * Enroll a child of the list in one of the region's services aligned to the MPO (the services
 * module's enrollment endpoint); the reason is the MPO's population.
 */
export function EnrollDialog({
  row,
  list,
  onClose,
  onEnrolled,
}: {
  row: TargetRow;
  list: TargetList;
  onClose: () => void;
  onEnrolled: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const services = list.services.filter((s) => s.canEnroll);
  const [serviceId, setServiceId] = useState<string | null>(services.length === 1 ? services[0]!.id : null);
  const chosen: AlignedService | undefined = services.find((s) => s.id === serviceId);
  const [enrolledOn, setEnrolledOn] = useState<string>('');
  const name = row.child?.name || row.studentId;
  const enroll = useMutation({
    mutationFn: () =>
      api('POST', `/api/services/${serviceId}/enrollments`, {
        studentId: row.studentId,
        enrolledOn: enrolledOn || dateWithinService(chosen!),
        reason: list.enrollmentReason,
      }),
    onSuccess: () => onEnrolled(name),
  });
  const problem = enroll.error instanceof ApiError ? enroll.error : null;

  return (
    <Modal opened onClose={onClose} title={t('mpoTargets.enroll.title', { name })} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          enroll.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('mpoTargets.enroll.service')}
            required
            allowDeselect={false}
            data-autofocus
            value={serviceId}
            onChange={(value) => {
              setServiceId(value);
              setEnrolledOn('');
            }}
            data={services.map((s) => ({
              value: s.id,
              label: `${s.name} (${formatDate(s.startDate, i18n.language)} – ${formatDate(s.endDate, i18n.language)})`,
            }))}
            error={problem?.problemFor('serviceId')}
          />
          <TextInput
            type="date"
            label={t('mpoTargets.enroll.enrolledOn')}
            required
            disabled={!chosen}
            min={chosen?.startDate}
            max={chosen?.endDate}
            value={enrolledOn || (chosen ? dateWithinService(chosen) : '')}
            onChange={(event) => setEnrolledOn(event.currentTarget.value)}
            error={problem?.problemFor('enrolledOn')}
          />
          <Text size="sm">{t(`mpoTargets.reasons.${list.enrollmentReason}`)}</Text>
          {enroll.error && (
            <Alert color="red" role="alert">
              {enroll.error instanceof ApiError ? enroll.error.message : String(enroll.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('mpoTargets.enroll.cancel')}
            </Button>
            <Button type="submit" disabled={!chosen} loading={enroll.isPending}>
              {t('mpoTargets.enroll.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

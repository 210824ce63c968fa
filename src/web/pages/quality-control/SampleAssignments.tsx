import { Button, Card, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Static } from '@sinclair/typebox';
import { api, ApiError } from '../../app/api';
import type { AssignReinterviewerReply } from '../../../server/routes/quality-control/quality-control.schemas';
import { itemsByRegion, reinterviewersOf, reinterviewLabel } from './qc-format';
import type { Sample, UserRow } from './qc-types';
import { ReinterviewSummary } from './ReinterviewSummary';

/** The sampled COEs by region, for the state to assign re-interviewers to those not yet done. */
export function SampleAssignments({ sample }: { sample: Sample }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reinterviewer, setReinterviewer] = useState<string | null>(null);
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ items: UserRow[] }>('GET', '/api/users'),
  });
  const assign = useMutation({
    mutationFn: () =>
      api<Static<typeof AssignReinterviewerReply>>(
        'POST',
        `/api/quality-control/samples/${sample.id}/assignments`,
        {
          reinterviewIds: [...selected],
          reinterviewerId: reinterviewer,
        },
      ),
    onSuccess: () => {
      setSelected(new Set());
      void client.invalidateQueries({ queryKey: ['qc-sample', sample.id] });
    },
  });
  const toggle = (ids: string[], checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const error = assign.error instanceof ApiError ? assign.error : null;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('qualityControl.assign.title')}
      </Title>
      <Group align="end" wrap="wrap">
        <Select
          label={t('qualityControl.assign.reinterviewer')}
          placeholder={t('qualityControl.assign.choose')}
          searchable
          value={reinterviewer}
          onChange={setReinterviewer}
          data={reinterviewersOf(users.data?.items ?? []).map((user) => ({
            value: user.id,
            label: `${user.displayName} · ${t(`roles.${user.role}`)}${user.regionNumber === null ? '' : ` · ${t('qualityControl.region', { number: user.regionNumber })}`}`,
          }))}
          error={error?.problemFor('reinterviewerId')}
        />
        <Button
          disabled={selected.size === 0 || !reinterviewer}
          loading={assign.isPending}
          onClick={() => assign.mutate()}
        >
          {t('qualityControl.assign.submit', { count: selected.size })}
        </Button>
      </Group>
      {assign.error && !error?.problems.length && (
        <Text c="red" role="alert">
          {assign.error.message}
        </Text>
      )}
      {assign.data && (
        <Text role="status">{t('qualityControl.assign.done', { count: assign.data.assigned })}</Text>
      )}
      {itemsByRegion(sample.items).map((group) => {
        const open = group.items.filter((item) => item.abilities.canAssign).map((item) => item.id);
        const allSelected = open.length > 0 && open.every((id) => selected.has(id));
        const regionName = t('qualityControl.region', { number: group.regionNumber });
        return (
          <Stack key={group.regionNumber} gap="xs" component="section" aria-label={regionName}>
            <Group justify="space-between" wrap="wrap">
              <Title order={3} size="h5">
                {regionName}
              </Title>
              <Checkbox
                label={t('qualityControl.assign.selectRegion')}
                disabled={open.length === 0}
                checked={allSelected}
                onChange={(e) => toggle(open, e.currentTarget.checked)}
              />
            </Group>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {group.items.map((item) => (
                <Card key={item.id} withBorder padding="sm" component="li">
                  <Group align="flex-start" wrap="nowrap" gap="sm">
                    <Checkbox
                      mt={4}
                      disabled={!item.abilities.canAssign}
                      checked={selected.has(item.id)}
                      onChange={(e) => toggle([item.id], e.currentTarget.checked)}
                      aria-label={t('qualityControl.assign.select', {
                        coe: reinterviewLabel(item, t, i18n.language),
                      })}
                    />
                    <ReinterviewSummary item={item} />
                  </Group>
                </Card>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}

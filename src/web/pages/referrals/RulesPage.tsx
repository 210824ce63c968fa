import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { HolidaysCard } from './HolidaysCard';
import { RegionChoice, useChosenRegion } from './RegionChoice';
import type { RuleSet } from './referral-types';
import {
  RULE_CONDITIONS,
  RULE_FIELDS,
  type PrioritizationRule,
} from '../../../core/recruitment/prioritization';

type Rule = PrioritizationRule;

/** The region's prioritization rules (ordered, as data) and its holidays; saving re-ranks the queue. */
export function RulesPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const chosen = useChosenRegion();
  const regionQuery = chosen.regionId ? `?regionId=${chosen.regionId}` : '';
  const saved = useQuery({
    queryKey: ['prioritization-rules', chosen.regionId],
    queryFn: () => api<RuleSet>('GET', `/api/prioritization-rules${regionQuery}`),
    enabled: !chosen.isChoosing || chosen.regionId !== undefined,
  });
  const [draft, setDraft] = useState<RuleSet | null>(null);
  useEffect(() => {
    if (saved.data) setDraft(saved.data);
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (ruleSet: RuleSet) =>
      api<RuleSet>('PUT', '/api/prioritization-rules', {
        regionId: ruleSet.regionId,
        lowestPriority: ruleSet.lowestPriority,
        rules: ruleSet.rules,
      }),
    onSuccess: (reply) => {
      client.setQueryData(['prioritization-rules', chosen.regionId], reply);
      void client.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const update = (index: number, change: Partial<Rule>) =>
    setDraft(
      (current) =>
        current && {
          ...current,
          rules: current.rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)),
        },
    );
  const move = (index: number, by: number) =>
    setDraft((current) => {
      if (!current) return current;
      const rules = [...current.rules];
      const [rule] = rules.splice(index, 1);
      rules.splice(index + by, 0, rule!);
      return { ...current, rules };
    });

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/referrals" size="sm">
        {t('referrals.backToQueue')}
      </Anchor>
      <Title order={1}>{t('referrals.rules.title')}</Title>
      <Text>{t('referrals.rules.intro')}</Text>
      <RegionChoice chosen={chosen} />
      <QueryState isPending={saved.isPending} error={saved.error}>
        {draft && (
          <Card withBorder component="section" aria-labelledby="rules-title">
            <Title order={2} size="h4" id="rules-title">
              {t('referrals.rules.rules')}
            </Title>
            {draft.isDefault && <Text size="sm">{t('referrals.rules.default')}</Text>}
            <NumberInput
              mt="sm"
              w={220}
              label={t('referrals.rules.lowestPriority')}
              min={1}
              max={10}
              value={draft.lowestPriority}
              onChange={(value) => setDraft({ ...draft, lowestPriority: Number(value) || 1 })}
            />
            <Stack mt="md" gap="sm">
              {draft.rules.map((rule, index) => (
                <Card
                  key={index}
                  withBorder
                  padding="sm"
                  aria-label={t('referrals.rules.ruleNumber', { number: index + 1 })}
                  component="fieldset"
                  style={{ margin: 0 }}
                >
                  <Group align="end" wrap="wrap" gap="sm">
                    <TextInput
                      label={t('referrals.rules.label')}
                      value={rule.label}
                      onChange={(e) => update(index, { label: e.currentTarget.value })}
                      error={error?.problemFor(`rules[${index}].label`)}
                    />
                    <Select
                      label={t('referrals.rules.field')}
                      value={rule.field}
                      allowDeselect={false}
                      onChange={(value) => value && update(index, { field: value as Rule['field'] })}
                      data={RULE_FIELDS.map((value) => ({ value, label: t(`referrals.fields.${value}`) }))}
                      w={190}
                    />
                    <Select
                      label={t('referrals.rules.condition')}
                      value={rule.condition}
                      allowDeselect={false}
                      onChange={(value) => value && update(index, { condition: value as Rule['condition'] })}
                      data={RULE_CONDITIONS.map((value) => ({
                        value,
                        label: t(`referrals.rules.conditions.${value}`),
                      }))}
                      w={210}
                    />
                    {rule.condition !== 'is-true' && (
                      <TextInput
                        label={t('referrals.rules.value')}
                        value={rule.value ?? ''}
                        onChange={(e) => update(index, { value: e.currentTarget.value || null })}
                        error={error?.problemFor(`rules[${index}].value`)}
                        w={170}
                      />
                    )}
                    <NumberInput
                      label={t('referrals.rules.weight')}
                      min={0}
                      max={10}
                      value={rule.weight}
                      onChange={(value) => update(index, { weight: Number(value) || 0 })}
                      w={100}
                      error={error?.problemFor(`rules[${index}].weight`)}
                    />
                    <Switch
                      label={t('referrals.rules.active')}
                      checked={rule.active}
                      onChange={(e) => update(index, { active: e.currentTarget.checked })}
                      mb={8}
                    />
                    <Group gap={4} mb={4}>
                      <ActionIcon
                        variant="default"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t('referrals.rules.up')}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        disabled={index === draft.rules.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t('referrals.rules.down')}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        onClick={() =>
                          setDraft({ ...draft, rules: draft.rules.filter((_, i) => i !== index) })
                        }
                        aria-label={t('referrals.rules.remove')}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Group>
                </Card>
              ))}
            </Stack>
            <Group mt="md">
              <Button
                variant="default"
                onClick={() =>
                  setDraft({
                    ...draft,
                    rules: [
                      ...draft.rules,
                      {
                        id: `rule-${Date.now()}`,
                        label: '',
                        field: 'hispanic',
                        condition: 'is-true',
                        value: null,
                        weight: 1,
                        active: true,
                      },
                    ],
                  })
                }
              >
                {t('referrals.rules.add')}
              </Button>
              <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
                {t('referrals.rules.save')}
              </Button>
            </Group>
            {error && (
              <Alert color="red" role="alert" mt="sm">
                {error.message}
              </Alert>
            )}
            {save.data && (
              <Text role="status" mt="sm">
                {t('referrals.rules.saved', { count: save.data.reranked ?? 0 })}
              </Text>
            )}
          </Card>
        )}
      </QueryState>
      <HolidaysCard regionId={chosen.regionId} />
    </Stack>
  );
}

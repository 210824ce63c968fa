import {
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIOR_MOVE_SECTORS, emptyPriorMove, type PriorMoveDraft } from './interview-facts';
import { RemoveButton } from './RemoveButton';

/** A worker's (or a youth worker's) earlier moves for qualifying work: the "recent history" (R5.1b). */
export function PriorMovesFields({
  moves,
  onChange,
}: {
  moves: readonly PriorMoveDraft[];
  onChange: (edit: (moves: PriorMoveDraft[]) => void) => void;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof PriorMoveDraft>(index: number, key: K) =>
    (value: PriorMoveDraft[K]) =>
      onChange((list) => {
        list[index]![key] = value;
      });
  return (
    <Fieldset legend={t('interview.prior.legend')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('interview.prior.hint')}
        </Text>
        {moves.map((move, index) => (
          <Card
            withBorder
            p="xs"
            key={index}
            role="group"
            aria-label={t('interview.prior.move', { number: index + 1 })}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                type="date"
                label={t('interview.prior.date')}
                value={move.date}
                onChange={(e) => set(index, 'date')(e.currentTarget.value)}
              />
              <NativeSelect
                label={t('interview.prior.sector')}
                value={move.sector}
                onChange={(e) => set(index, 'sector')(e.currentTarget.value as PriorMoveDraft['sector'])}
                data={PRIOR_MOVE_SECTORS.map((value) => ({
                  value,
                  label: t(`interview.work.sectors.${value}`),
                }))}
              />
              <TextInput
                label={t('interview.prior.description')}
                value={move.description}
                onChange={(e) => set(index, 'description')(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt={4}>
              <RemoveButton
                label={t('interview.prior.remove', { number: index + 1 })}
                onRemove={() => onChange((list) => void list.splice(index, 1))}
              />
            </Group>
          </Card>
        ))}
        <Button variant="default" onClick={() => onChange((list) => void list.push(emptyPriorMove()))}>
          {t('interview.prior.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

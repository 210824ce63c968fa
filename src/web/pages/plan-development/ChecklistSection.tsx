import { Badge, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Content, SdpDevelopment } from './plan-development-types';

/** The checklist's elements: the aligned components met from the chart, the others marked by the state. */
export function ChecklistSection({
  checklist,
  content,
  onChange,
}: {
  checklist: SdpDevelopment['checklist'];
  content: Content;
  onChange: ((content: Content) => void) | undefined;
}) {
  const { t } = useTranslation();
  const marks = content.checklist as Record<string, { addressed: boolean; note: string } | undefined>;
  const setMark = (key: string, change: Partial<{ addressed: boolean; note: string }>) =>
    onChange?.({
      ...content,
      checklist: {
        ...content.checklist,
        [key]: { addressed: false, note: '', ...marks[key], ...change },
      } as Content['checklist'],
    });
  return (
    <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {checklist.map((element) => {
        const mark = marks[element.key];
        return (
          <Stack key={element.key} gap={4} component="li" data-element={element.key}>
            <Group gap="xs" wrap="wrap">
              <Badge color={element.met ? 'teal.9' : 'gray.7'} variant="filled">
                {element.met ? t('planDevelopment.met') : t('planDevelopment.notMet')}
              </Badge>
              <Badge color="dark.6" variant="outline">
                {element.required ? t('planDevelopment.required') : t('planDevelopment.suggested')}
              </Badge>
            </Group>
            {element.fromChart ? (
              <Text size="sm">
                {t(`planDevelopment.element.${element.key}`)}{' '}
                <Text span size="xs" c="dimmed">
                  {t('planDevelopment.fromChart')}
                </Text>
              </Text>
            ) : (
              <>
                <Checkbox
                  label={t(`planDevelopment.element.${element.key}`)}
                  checked={mark?.addressed ?? false}
                  disabled={!onChange}
                  onChange={(event) => setMark(element.key, { addressed: event.currentTarget.checked })}
                />
                <TextInput
                  label={t('planDevelopment.whereAddressed')}
                  value={mark?.note ?? ''}
                  readOnly={!onChange}
                  maxLength={2000}
                  onChange={(event) => setMark(element.key, { note: event.currentTarget.value })}
                  pl="lg"
                />
              </>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

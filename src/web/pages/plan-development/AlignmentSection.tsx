import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALIGNMENT_KINDS,
  LINKS_TO,
  newId,
  type AlignmentKind,
  type Content,
  type SdpDevelopment,
} from './plan-development-types';

/** The alignment chart by kind, the gaps the completeness check names, and a form to add a record. */
export function AlignmentSection({
  gaps,
  content,
  onChange,
}: {
  gaps: SdpDevelopment['gaps'];
  content: Content;
  onChange: ((content: Content) => void) | undefined;
}) {
  const { t } = useTranslation();
  const byId = new Map(content.alignment.map((record) => [record.id, record]));
  return (
    <Stack>
      {gaps.length === 0 ? (
        <Alert color="teal" variant="light" title={t('planDevelopment.chartComplete')}>
          {t('planDevelopment.chartCompleteText')}
        </Alert>
      ) : (
        <Alert color="orange" variant="light" title={t('planDevelopment.gapsTitle', { count: gaps.length })}>
          <List size="sm" aria-label={t('planDevelopment.gapsTitle', { count: gaps.length })}>
            {gaps.map((gap, index) => (
              <List.Item key={`${gap.kind}-${gap.recordId ?? ''}-${index}`}>
                {t(`planDevelopment.gap.${gap.kind}`, { code: gap.code ?? '' })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {ALIGNMENT_KINDS.map((kind) => {
        const records = content.alignment.filter((record) => record.kind === kind);
        return (
          <Stack key={kind} gap="xs" component="section" aria-labelledby={`kind-${kind}`}>
            <Title order={2} id={`kind-${kind}`}>
              {t(`planDevelopment.kinds.${kind}`)}
            </Title>
            {records.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('planDevelopment.noRecords')}
              </Text>
            )}
            {records.map((record) => (
              <Card key={record.id} withBorder padding="sm">
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{record.code}</Text>
                    {record.planRef && (
                      <Badge variant="outline" color="blue.9">
                        {t('planDevelopment.fromPlan')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {record.text}
                  </Text>
                  {record.interimMeasure && (
                    <Text size="sm">
                      {t('planDevelopment.interimIs', { measure: record.interimMeasure })}
                    </Text>
                  )}
                  {record.links.length > 0 && (
                    <Text size="sm" c="dimmed">
                      {t('planDevelopment.serves', {
                        codes: record.links.map((id) => byId.get(id)?.code ?? '?').join(', '),
                      })}
                    </Text>
                  )}
                  {onChange && (
                    <Group>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('planDevelopment.removeNamed', { name: record.code })}
                        onClick={() =>
                          onChange({
                            ...content,
                            alignment: content.alignment
                              .filter((r) => r.id !== record.id)
                              .map((r) => ({ ...r, links: r.links.filter((id) => id !== record.id) })),
                          })
                        }
                      >
                        {t('planDevelopment.remove')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        );
      })}
      {onChange && <AddRecordForm content={content} onChange={onChange} />}
    </Stack>
  );
}

function AddRecordForm({ content, onChange }: { content: Content; onChange: (content: Content) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AlignmentKind>('goal');
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const [interim, setInterim] = useState('');
  const [links, setLinks] = useState<string[]>([]);
  const target = LINKS_TO[kind];
  const candidates = content.alignment.filter((record) => record.kind === target);
  const add = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      ...content,
      alignment: [
        ...content.alignment,
        {
          id: newId(),
          kind,
          code,
          text,
          interimMeasure: kind === 'goal' ? interim || null : null,
          links,
          planRef: null,
        },
      ],
    });
    setCode('');
    setText('');
    setInterim('');
    setLinks([]);
  };
  return (
    <form onSubmit={add} aria-label={t('planDevelopment.addRecord')}>
      <Stack gap="xs">
        <Title order={3}>{t('planDevelopment.addRecord')}</Title>
        <Group gap="xs" wrap="wrap" align="end">
          <Select
            label={t('planDevelopment.kind')}
            data={ALIGNMENT_KINDS.map((k) => ({ value: k, label: t(`planDevelopment.kinds.${k}`) }))}
            value={kind}
            onChange={(value) => {
              setKind((value ?? 'goal') as AlignmentKind);
              setLinks([]);
            }}
            allowDeselect={false}
            w={{ base: '100%', sm: 260 }}
          />
          <TextInput
            label={t('planDevelopment.code')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            required
            maxLength={40}
            w={{ base: '100%', sm: 140 }}
          />
        </Group>
        <Textarea
          label={t('planDevelopment.recordText')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required
        />
        {kind === 'goal' && (
          <TextInput
            label={t('planDevelopment.interimMeasure')}
            value={interim}
            onChange={(event) => setInterim(event.currentTarget.value)}
            maxLength={2000}
          />
        )}
        {target && (
          <MultiSelect
            label={t(`planDevelopment.linksTo.${kind}`)}
            data={candidates.map((record) => ({
              value: record.id,
              label: `${record.code} — ${record.text.slice(0, 60)}`,
            }))}
            value={links}
            onChange={setLinks}
            clearable
            searchable
          />
        )}
        <Group>
          <Button type="submit" variant="light">
            {t('planDevelopment.addRecordButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

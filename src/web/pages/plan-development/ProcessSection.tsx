import {
  Button,
  Card,
  Checkbox,
  Group,
  List,
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
  inLanguage,
  newId,
  OUTCOME_KINDS,
  SDP_PHASES,
  type Content,
  type SdpDevelopment,
} from './plan-development-types';
import { OutcomeFileLink, RemoveOutcomeFile, UploadOutcomeFile } from './OutcomeFiles';

/** The process by phase: each action's activities with due date, owner and done, and its outcomes. */
export function ProcessSection({
  development,
  content,
  onChange,
  onFilesChanged,
}: {
  development: SdpDevelopment;
  content: Content;
  onChange: ((content: Content) => void) | undefined;
  /** After a file is uploaded or removed: the development as saved. */
  onFilesChanged: (saved: SdpDevelopment) => void;
}) {
  const process = development.process;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const track = (key: string) => content.activities[key] ?? { dueOn: null, owner: '', done: false };
  const setTrack = (key: string, change: Partial<Content['activities'][string]>) =>
    onChange?.({ ...content, activities: { ...content.activities, [key]: { ...track(key), ...change } } });
  return (
    <Stack gap="lg">
      {SDP_PHASES.map((phase) => (
        <Stack key={phase} gap="sm" component="section" aria-labelledby={`phase-${phase}`}>
          <Title order={2} id={`phase-${phase}`}>
            {t(`planDevelopment.phase.${phase}`)}
          </Title>
          {process
            .filter((action) => action.phase === phase)
            .map((action) => (
              <Card key={action.key} withBorder component="section" aria-labelledby={`action-${action.key}`}>
                <Stack gap="xs">
                  <Title order={3} id={`action-${action.key}`}>
                    {inLanguage(action.name, language)}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('planDevelopment.personnel', { who: inLanguage(action.personnel, language) })}
                  </Text>
                  {action.activities.map((activity) => {
                    const current = track(activity.key);
                    return (
                      <Stack key={activity.key} gap={4} data-activity={activity.key}>
                        <Checkbox
                          label={inLanguage(activity.text, language)}
                          checked={current.done}
                          disabled={!onChange}
                          onChange={(event) => setTrack(activity.key, { done: event.currentTarget.checked })}
                        />
                        <Group gap="xs" wrap="wrap" pl="lg">
                          <TextInput
                            type="date"
                            label={t('planDevelopment.dueOn')}
                            value={current.dueOn ?? ''}
                            readOnly={!onChange}
                            onChange={(event) =>
                              setTrack(activity.key, { dueOn: event.currentTarget.value || null })
                            }
                            w={{ base: '100%', sm: 170 }}
                          />
                          <TextInput
                            label={t('planDevelopment.owner')}
                            value={current.owner}
                            readOnly={!onChange}
                            maxLength={200}
                            onChange={(event) => setTrack(activity.key, { owner: event.currentTarget.value })}
                            w={{ base: '100%', sm: 240 }}
                          />
                        </Group>
                      </Stack>
                    );
                  })}
                  <Text size="sm" fw={600}>
                    {t('planDevelopment.expectedOutcomes')}
                  </Text>
                  <List size="sm">
                    {action.outcomes.map((outcome) => (
                      <List.Item key={outcome.en}>{inLanguage(outcome, language)}</List.Item>
                    ))}
                  </List>
                  <Outcomes
                    development={development}
                    actionKey={action.key}
                    actionName={inLanguage(action.name, language)}
                    content={content}
                    onChange={onChange}
                    onFilesChanged={onFilesChanged}
                  />
                </Stack>
              </Card>
            ))}
        </Stack>
      ))}
    </Stack>
  );
}

function Outcomes({
  development,
  actionKey,
  actionName,
  content,
  onChange,
  onFilesChanged,
}: {
  development: SdpDevelopment;
  actionKey: string;
  actionName: string;
  content: Content;
  onChange: ((content: Content) => void) | undefined;
  onFilesChanged: (saved: SdpDevelopment) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>('document');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const attached = content.outcomes.filter((outcome) => outcome.actionKey === actionKey);
  const add = (event: FormEvent) => {
    event.preventDefault();
    onChange?.({
      ...content,
      outcomes: [
        ...content.outcomes,
        {
          id: newId(),
          actionKey,
          kind: kind as (typeof OUTCOME_KINDS)[number],
          title,
          text,
          link: link.trim() || null,
        },
      ],
    });
    setTitle('');
    setText('');
    setLink('');
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('planDevelopment.attachedOutcomes')}
      </Text>
      {attached.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('planDevelopment.noOutcomes')}
        </Text>
      ) : (
        <List size="sm">
          {attached.map((outcome) => (
            <List.Item key={outcome.id}>
              <Text size="sm" fw={600} span>
                {t(`planDevelopment.outcomeKind.${outcome.kind}`)}: {outcome.title}
              </Text>
              {outcome.text && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {outcome.text}
                </Text>
              )}
              {outcome.link && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <a href={outcome.link} target="_blank" rel="noreferrer">
                    {outcome.link}
                  </a>
                </Text>
              )}
              {outcome.documentId && <OutcomeFileLink development={development} outcome={outcome} />}
              {onChange && outcome.documentId && (
                <RemoveOutcomeFile development={development} outcome={outcome} onChanged={onFilesChanged} />
              )}
              {onChange && !outcome.documentId && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('planDevelopment.removeNamed', { name: outcome.title })}
                  onClick={() =>
                    onChange({ ...content, outcomes: content.outcomes.filter((o) => o.id !== outcome.id) })
                  }
                >
                  {t('planDevelopment.remove')}
                </Button>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {onChange && (
        <form onSubmit={add} aria-label={t('planDevelopment.addOutcomeTo', { action: actionKey })}>
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap" align="end">
              <Select
                label={t('planDevelopment.outcomeKindLabel')}
                data={OUTCOME_KINDS.map((k) => ({ value: k, label: t(`planDevelopment.outcomeKind.${k}`) }))}
                value={kind}
                onChange={(value) => setKind(value ?? 'document')}
                allowDeselect={false}
                w={{ base: '100%', sm: 200 }}
              />
              <TextInput
                label={t('planDevelopment.outcomeTitle')}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                required
                maxLength={200}
                w={{ base: '100%', sm: 240 }}
              />
            </Group>
            <Textarea
              label={t('planDevelopment.outcomeText')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <TextInput
              label={t('planDevelopment.outcomeLink')}
              value={link}
              onChange={(event) => setLink(event.currentTarget.value)}
              maxLength={2000}
            />
            <Group>
              <Button type="submit" variant="light">
                {t('planDevelopment.addOutcome')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {onChange && (
        <UploadOutcomeFile
          development={development}
          actionKey={actionKey}
          actionName={actionName}
          onChanged={onFilesChanged}
        />
      )}
    </Stack>
  );
}

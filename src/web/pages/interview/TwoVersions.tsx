import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, type InterviewDraft } from './interview-draft';

/** One of two versions of a record: what the section is called, and what it holds. */
export interface Version {
  label: string;
  content: ReactNode;
}

/** Two versions of one record side by side (one above the other on a phone), each a named section. */
export function SideBySide({ mine, theirs }: { mine: Version; theirs: Version }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {[mine, theirs].map((version) => (
        <section key={version.label} aria-label={version.label}>
          <Text size="sm" fw={700}>
            {version.label}
          </Text>
          {version.content}
        </section>
      ))}
    </SimpleGrid>
  );
}

/**
 * A record changed elsewhere while the recruiter worked on it (ID3, ID7.4): their version and
 * the other side by side, and the recruiter chooses which stays. Nothing is overwritten until
 * they do.
 */
export function ChooseVersion({
  title,
  intro,
  mine,
  theirs,
  keepMine,
  takeTheirs,
  busy = false,
}: {
  title: string;
  intro: string;
  mine: Version;
  theirs: Version;
  keepMine: { label: string; onClick: () => void };
  takeTheirs: { label: string; onClick: () => void };
  busy?: boolean;
}) {
  return (
    <Alert color="orange" role="alert" title={title}>
      <Stack>
        <Text size="sm">{intro}</Text>
        <SideBySide mine={mine} theirs={theirs} />
        <Group>
          <Button onClick={keepMine.onClick} loading={busy}>
            {keepMine.label}
          </Button>
          <Button variant="default" onClick={takeTheirs.onClick} disabled={busy}>
            {takeTheirs.label}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** What an interview holds, in a few lines after `lines`, to tell two versions of it apart. */
export function InterviewSummary({ draft, lines }: { draft: InterviewDraft; lines: string[] }) {
  const { t } = useTranslation();
  const people = [...draft.workers, ...draft.children].map(nameOf).filter(Boolean);
  return (
    <Stack gap={2}>
      {lines.map((line, index) => (
        <Text size="sm" key={index}>
          {line}
        </Text>
      ))}
      <Text size="sm">
        {t('interview.keeping.holds', { moves: draft.workerMoves.length, children: draft.children.length })}
      </Text>
      {people.length > 0 && <Text size="sm">{people.join(', ')}</Text>}
    </Stack>
  );
}

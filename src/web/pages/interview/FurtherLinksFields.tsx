import { Button, Card, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  OWN_MOVE_KINDS,
  emptyChildLink,
  isRelatedToWorker,
  type ChildLinkDraft,
  type ChildMoveDraft,
  type InterviewDraft,
} from './interview-draft';
import { WorkerLinkFields } from './WorkerLinkFields';
import { RemoveButton } from './RemoveButton';
import { PeopleChoice } from './PeopleChoice';

/**
 * Further workers the children joined or went ahead of with their own move — the other
 * parent who came at another time, or a worker related to only some of the children.
 */
export function FurtherLinksFields({
  draft,
  move,
  onChange,
}: {
  draft: InterviewDraft;
  move: ChildMoveDraft;
  onChange: (edit: (move: ChildMoveDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const setLink = (index: number, edit: (link: ChildLinkDraft) => void) =>
    onChange((m) => edit(m.furtherLinks[index]!));
  return (
    <Stack gap="xs">
      <Text size="sm">{t('interview.childMoves.furtherLinks.intro')}</Text>
      {move.furtherLinks.map((link, index) => (
        <Card withBorder p="xs" key={index}>
          <Fieldset
            legend={t('interview.childMoves.furtherLinks.legend', { number: index + 1 })}
            variant="unstyled"
          >
            <Stack gap="xs">
              <WorkerLinkFields
                draft={draft}
                kinds={OWN_MOVE_KINDS}
                link={link}
                onChange={(edit) => setLink(index, edit)}
              />
              {move.children.length > 1 && (
                <PeopleChoice
                  draft={draft}
                  label={t('interview.childMoves.furtherLinks.children')}
                  people={move.children.filter((child) => isRelatedToWorker(draft, child, link.worker))}
                  value={link.children}
                  onChange={(children) =>
                    setLink(index, (l) => {
                      l.children = children;
                    })
                  }
                />
              )}
              <Group justify="flex-end">
                <RemoveButton
                  label={t('interview.childMoves.furtherLinks.remove', { number: index + 1 })}
                  onRemove={() =>
                    onChange((m) => {
                      m.furtherLinks.splice(index, 1);
                    })
                  }
                />
              </Group>
            </Stack>
          </Fieldset>
        </Card>
      ))}
      <Button
        variant="default"
        size="compact-sm"
        onClick={() => onChange((m) => void m.furtherLinks.push(emptyChildLink(draft, m)))}
      >
        {t('interview.childMoves.furtherLinks.add')}
      </Button>
    </Stack>
  );
}

import { Checkbox, SimpleGrid } from '@mantine/core';
import { ASSESSMENT_SUBJECTS, type AssessmentSubject } from '../../core/services/assessment-levels';

/** The state assessment levels a setting may pick (level 4 is always proficient). */
const CHOOSABLE_LEVELS = [1, 2, 3] as const;

/** One group of level checkboxes per assessment subject, as the state settings choose levels. */
export function SubjectLevelsGrid(props: {
  levels: Readonly<Record<AssessmentSubject, readonly number[]>>;
  editable: boolean;
  onChange: (subject: AssessmentSubject, levels: number[]) => void;
  subjectLabel: (subject: AssessmentSubject) => string;
  levelLabel: (subject: AssessmentSubject, level: number) => string;
  /** A line under each subject's label, e.g. California's levels. */
  description?: (subject: AssessmentSubject) => string;
  mt?: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} mt={props.mt}>
      {ASSESSMENT_SUBJECTS.map((subject) => (
        <Checkbox.Group
          key={subject}
          label={props.subjectLabel(subject)}
          description={props.description?.(subject)}
          value={props.levels[subject].map(String)}
          onChange={(values) =>
            props.onChange(
              subject,
              values.map(Number).sort((a, b) => a - b),
            )
          }
        >
          {CHOOSABLE_LEVELS.map((level) => (
            <Checkbox
              key={level}
              mt={6}
              value={String(level)}
              disabled={!props.editable}
              label={props.levelLabel(subject, level)}
            />
          ))}
        </Checkbox.Group>
      ))}
    </SimpleGrid>
  );
}

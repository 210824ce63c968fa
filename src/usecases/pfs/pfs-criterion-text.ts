import type { PfsCriterion } from '../../core/services/priority-for-services';

/** A criterion and its evidence in a few English words, for files and the command line. */
export function pfsCriterionText(criterion: PfsCriterion): string {
  switch (criterion.kind) {
    case 'recentMove':
      return `qualifying move ${criterion.qad}`;
    case 'interruption':
      return `${criterion.by === 'move' ? 'move' : 'withdrawal'} in the school year ${criterion.date}`;
    case 'assessment':
      return `${criterion.subject} ${criterion.schoolYear} level ${criterion.level}`;
    case 'creditDeficient':
    case 'droppedOut':
      return `${criterion.kind === 'creditDeficient' ? 'credit deficient' : 'dropped out'} since ${criterion.from}${criterion.to ? ` to ${criterion.to}` : ''}`;
  }
}

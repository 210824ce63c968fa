/**
 * Load the demo's SDP development (src/core/demo/demo-plan-development.ts) into the demo load's
 * transaction, with the adopted demo plan's strategies and MPOs brought into its chart and a
 * comment of the state Parent Advisory Council.
 */
import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DEMO_SDP_NAME, demoSdpContent } from '../../core/demo/demo-plan-development';
import { withPlanComponents } from '../../core/plan-development/sdp-development';
import type { Db } from '../../data/db';
import { insertSdpDevelopment, insertSdpFeedback } from '../../data/repositories/plan-development.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { planContentOf } from '../../data/repositories/plan.repository';

/** Load the demo development; needs the demo plan adopted. */
export async function loadDemoPlanDevelopment(db: Db, today: CalendarDate): Promise<void> {
  const content = demoSdpContent(today);
  const adopted = await findAdoptedPlan(db);
  if (adopted) {
    const plan = await planContentOf(db, adopted.id);
    content.alignment = withPlanComponents(
      content.alignment,
      [
        ...plan.strategies.map((s) => ({
          kind: 'strategy' as const,
          number: s.number,
          area: s.needArea,
          text: s.textEn,
        })),
        ...plan.mpos.map((m) => ({
          kind: 'mpo' as const,
          number: m.number,
          area: m.area,
          text: m.statementEn,
        })),
      ],
      randomUUID,
    );
  }
  const id = await insertSdpDevelopment(db, DEMO_SDP_NAME, content);
  await insertSdpFeedback(db, {
    developmentId: id,
    group: 'pac',
    themes: ['parent engagement', 'preschool'],
    comment: 'Demo value: hold family literacy nights in the evening, when parents are back from the fields.',
    recordedBy: null,
    recordedByLabel: 'demo',
  });
}

/**
 * The State Service Delivery Plan's development process (docs/rules/plan-development.md PD1):
 * the source's process overview as data, its three phases, each action with its recommended
 * activities, outcomes and personnel, in English and Spanish.
 */

import type { LocalText } from '../common/local-text';

import type { SdpPhase } from './sdp-codes';

export { SDP_PHASES, type SdpPhase } from './sdp-codes';

export interface SdpActivity {
  /** `pre-1.2`: the second activity of the first pre-planning action. */
  key: string;
  text: LocalText;
}

export interface SdpAction {
  key: string;
  phase: SdpPhase;
  name: LocalText;
  activities: SdpActivity[];
  outcomes: LocalText[];
  personnel: LocalText;
}

const t = (en: string, es: string): LocalText => ({ en, es });
const DIRECTOR_TEAM = t(
  'State Director; SDP Planning Team',
  'Director(a) estatal; equipo de planeación del SDP',
);

interface ActionRow {
  phase: SdpPhase;
  name: LocalText;
  activities: LocalText[];
  outcomes: LocalText[];
  personnel: LocalText;
}

const ROWS: ActionRow[] = [
  {
    phase: 'pre_planning',
    name: t('Reviewing information to inform the process', 'Revisar la información que orienta el proceso'),
    activities: [
      t(
        'Review relevant information that will inform the scale and focus of the SDP planning effort: current requirements for the SDP; the toolkit; results of the CNA; recent MEP evaluation results, if available; the previous SDP and any related stakeholder feedback; consultation with the PAC / migratory parents',
        'Revisar la información pertinente que orientará el alcance y el enfoque de la planeación del SDP: los requisitos vigentes del SDP; la guía; los resultados de la CNA; los resultados recientes de la evaluación del MEP, si los hay; el SDP anterior y los comentarios de las partes interesadas al respecto; la consulta con el PAC / los padres migrantes',
      ),
      t(
        'Identify and recruit Management Team members',
        'Identificar y reclutar a los integrantes del equipo de gestión',
      ),
      t('Draft an outline of the SDP', 'Redactar un esquema del SDP'),
    ],
    outcomes: [
      t('List of Management Team members', 'Lista de integrantes del equipo de gestión'),
      t('Proposed SDP outline', 'Esquema propuesto del SDP'),
    ],
    personnel: t('State Director', 'Director(a) estatal'),
  },
  {
    phase: 'pre_planning',
    name: t('Planning the SDP development process', 'Planear el proceso de elaboración del SDP'),
    activities: [
      t(
        'Develop a timeline for developing the SDP which will support a collaborative process',
        'Elaborar un calendario de elaboración del SDP que apoye un proceso colaborativo',
      ),
      t(
        'Identify SDP Planning Team members',
        'Identificar a los integrantes del equipo de planeación del SDP',
      ),
      t(
        'Develop a schedule of meetings, establish the purpose and goals of each meeting, and set agenda items',
        'Elaborar un calendario de reuniones, fijar el propósito y las metas de cada reunión y definir los puntos de la agenda',
      ),
      t(
        'Develop a system for collecting information generated throughout the planning process',
        'Crear un sistema para recopilar la información que se genere durante la planeación',
      ),
    ],
    outcomes: [
      t('SDP development timeline', 'Calendario de elaboración del SDP'),
      t('List of SDP Planning Team members', 'Lista de integrantes del equipo de planeación del SDP'),
      t('Meeting schedule and draft agendas', 'Calendario de reuniones y borradores de agendas'),
    ],
    personnel: t('State Director; Management Team', 'Director(a) estatal; equipo de gestión'),
  },
  {
    phase: 'development',
    name: t('Launching the planning process', 'Iniciar el proceso de planeación'),
    activities: [
      t(
        'Orient the SDP Planning Team to the SDP purpose, the planning process, and the results of the CNA and MEP evaluation',
        'Orientar al equipo de planeación sobre el propósito del SDP, el proceso de planeación y los resultados de la CNA y de la evaluación del MEP',
      ),
      t(
        'Ensure the team understands the unique needs of migratory children identified to receive priority for services, preschool migratory children, and migratory children who have dropped out of school',
        'Asegurar que el equipo comprenda las necesidades particulares de los niños migrantes con prioridad para los servicios, de los niños migrantes de preescolar y de los que han abandonado la escuela',
      ),
      t(
        'Gather additional details about migratory children in the state, including root causes of concerns, from the perspectives of the team members',
        'Reunir más detalles sobre los niños migrantes del estado, incluidas las causas de fondo de las preocupaciones, desde la perspectiva de los integrantes del equipo',
      ),
      t(
        'Review the solution strategies proposed in the CNA; consider implementation challenges and identify additional strategies',
        'Revisar las estrategias de solución propuestas en la CNA; considerar los retos de implementación e identificar estrategias adicionales',
      ),
    ],
    outcomes: [
      t(
        'Additional information on migratory children in the state to supplement the CNA and MEP evaluation',
        'Información adicional sobre los niños migrantes del estado que complementa la CNA y la evaluación del MEP',
      ),
      t(
        'List of solution strategies finalized from the proposed strategies in the CNA with recommendations for implementation',
        'Lista de estrategias de solución definidas a partir de las propuestas en la CNA, con recomendaciones para su implementación',
      ),
    ],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'development',
    name: t('Developing aligned components', 'Elaborar los componentes alineados'),
    activities: [
      t(
        'Develop and chart the aligned components required in the SDP: long-term goals and measurements of interim progress; needs assessment information; service delivery strategies; MPOs; the evaluation plan',
        'Elaborar y representar en una tabla los componentes alineados que exige el SDP: metas a largo plazo y medidas de progreso intermedio; información de la evaluación de necesidades; estrategias de prestación de servicios; MPO; el plan de evaluación',
      ),
      t(
        'Develop a project plan based on the aligned components',
        'Elaborar un plan de proyecto basado en los componentes alineados',
      ),
      t(
        'Review the alignment chart and project plan using the checklist to ensure that all requirements have been met',
        'Revisar la tabla de alineación y el plan de proyecto con la lista de verificación para asegurar que se cumplan todos los requisitos',
      ),
    ],
    outcomes: [
      t('Completed alignment chart', 'Tabla de alineación completa'),
      t('Completed project plan', 'Plan de proyecto completo'),
    ],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'development',
    name: t('Addressing the needs of migratory children', 'Atender las necesidades de los niños migrantes'),
    activities: [
      t(
        'Develop strategies and plans that include the required and suggested SDP elements (see the checklist)',
        'Elaborar estrategias y planes que incluyan los elementos requeridos y sugeridos del SDP (véase la lista de verificación)',
      ),
    ],
    outcomes: [
      t(
        'Draft strategies and plans for required and suggested elements of the SDP',
        'Borradores de estrategias y planes para los elementos requeridos y sugeridos del SDP',
      ),
    ],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'development',
    name: t('Planning local monitoring and support', 'Planear la supervisión y el apoyo locales'),
    activities: [
      t(
        'Based on the SDP, develop strategies to ensure implementation and accountability in local projects which can be included in the SDP',
        'Con base en el SDP, elaborar estrategias que aseguren la implementación y la rendición de cuentas en los proyectos locales y que puedan incluirse en el SDP',
      ),
    ],
    outcomes: [
      t('Plan for communication with local projects', 'Plan de comunicación con los proyectos locales'),
      t('Plan for technical assistance and training', 'Plan de asistencia técnica y capacitación'),
      t('Plan for local subgranting processes', 'Plan de los procesos locales de subvención'),
      t('Plan for local monitoring', 'Plan de supervisión local'),
    ],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'development',
    name: t('Creating the SDP', 'Crear el SDP'),
    activities: [
      t(
        'Develop a project plan with activities, timeline, persons or agencies responsible, and resources to operationalize the strategies',
        'Elaborar un plan de proyecto con actividades, calendario, personas u organismos responsables y recursos para poner en práctica las estrategias',
      ),
      t(
        'Compile the information developed throughout the planning process and, using the draft outline from the pre-planning phase, draft the SDP',
        'Reunir la información elaborada durante la planeación y, con el esquema de la fase de preplaneación, redactar el SDP',
      ),
      t(
        'Gather feedback on the draft SDP from various stakeholder groups and revise the SDP based on their review',
        'Recoger los comentarios de los distintos grupos de partes interesadas sobre el borrador del SDP y revisarlo con base en ellos',
      ),
    ],
    outcomes: [
      t('Project plan', 'Plan de proyecto'),
      t('Draft SDP', 'Borrador del SDP'),
      t(
        'Stakeholder feedback on the draft SDP',
        'Comentarios de las partes interesadas sobre el borrador del SDP',
      ),
      t('Final SDP', 'SDP final'),
    ],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'dissemination',
    name: t('Planning for engagement', 'Planear la participación'),
    activities: [
      t(
        'Develop a plan for “Looking Forward” that includes how to communicate the SDP and create buy-in, revisit the plan to keep it relevant, and build and maintain collaborations',
        'Elaborar un plan “De cara al futuro” que incluya cómo comunicar el SDP y lograr el compromiso, revisar el plan para mantenerlo vigente y crear y mantener colaboraciones',
      ),
    ],
    outcomes: [t('Plan for “Looking Forward”', 'Plan “De cara al futuro”')],
    personnel: DIRECTOR_TEAM,
  },
  {
    phase: 'dissemination',
    name: t('Sharing, using, and updating the SDP', 'Compartir, usar y actualizar el SDP'),
    activities: [
      t(
        'Communicate the SDP and begin implementation, according to plans',
        'Comunicar el SDP e iniciar su implementación según lo planeado',
      ),
      t(
        'Gather feedback from stakeholders on the SDP as part of the continuous improvement process',
        'Recoger los comentarios de las partes interesadas sobre el SDP como parte del proceso de mejora continua',
      ),
    ],
    outcomes: [
      t(
        'Stakeholder feedback on the effectiveness of the SDP to improve outcomes for migratory children',
        'Comentarios de las partes interesadas sobre la eficacia del SDP para mejorar los resultados de los niños migrantes',
      ),
    ],
    personnel: t(
      'State Director; MEP staff; local operating agencies; migratory parents',
      'Director(a) estatal; personal del MEP; organismos operadores locales; padres migrantes',
    ),
  },
];

const PREFIX: Record<SdpPhase, string> = { pre_planning: 'pre', development: 'dev', dissemination: 'dis' };

/** Every action of the process, in the source's order. */
export const SDP_ACTIONS: readonly SdpAction[] = ROWS.map((row, index) => {
  const position = ROWS.slice(0, index + 1).filter((r) => r.phase === row.phase).length;
  const key = `${PREFIX[row.phase]}-${position}`;
  return {
    key,
    phase: row.phase,
    name: row.name,
    activities: row.activities.map((text, i) => ({ key: `${key}.${i + 1}`, text })),
    outcomes: row.outcomes,
    personnel: row.personnel,
  };
});

/** Every activity key, for validating input. */
export const SDP_ACTIVITY_KEYS: readonly string[] = SDP_ACTIONS.flatMap((action) =>
  action.activities.map((a) => a.key),
);
export const SDP_ACTION_KEYS: readonly string[] = SDP_ACTIONS.map((action) => action.key);

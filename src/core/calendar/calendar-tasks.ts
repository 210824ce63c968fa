/**
 * The annual continuous-improvement calendar (docs/rules/calendar.md CA1): both tables of the
 * source document as data, in its order. The "actions at a glance" table names each month's
 * actions in one line; the "tasks and resources by month" table gives every task its
 * sub-items and resources and marks with `*` the tasks of years when the grant application is
 * due. Every text is in English and Spanish.
 */

import type { LocalText } from '../common/local-text';
import type { CalendarMonth } from './calendar-codes';

/**
 * Where in Ciclo a task's work is done (CA1.6), as the web app's path. The monitoring paths
 * are the monitoring module's pages.
 */
export const WORKPLACES = {
  services: '/services',
  codeMap: '/services/code-map',
  epc: '/monitoring/epc',
  monitoringLog: '/monitoring/service-log',
  trackingLog: '/monitoring/tracking-log',
  applications: '/monitoring/applications',
  dataClose: '/monitoring/data-close',
  masterCalendar: '/monitoring/calendar',
  mpoTargets: '/mpo-targets',
  appr: '/appr',
  plan: '/plan',
  outcomes: '/outcomes',
  dataPacket: '/reports/data-packet',
} as const;
export type Workplace = keyof typeof WORKPLACES;

/** Which of the document's two tables a task comes from. */
export type CalendarTable = 'glance' | 'detail';

/** One task of the calendar (CA1.2). */
export interface CalendarTask {
  /** Stable key: `detail-07-1` is the first July row of the second table. */
  key: string;
  table: CalendarTable;
  month: CalendarMonth;
  task: LocalText;
  subItems: LocalText[];
  resources: LocalText[];
  /** Marked `*`: only in years when the grant application is due (CA1.3). */
  applicationYear: boolean;
  /** Specific to the grant application (CA1.4). */
  grantApplication: boolean;
  workplace: Workplace | null;
  /** For a glance task, the keys of the detailed tasks it sums up (CA1.5). */
  tracks: string[];
}

const t = (en: string, es: string): LocalText => ({ en, es });

// Texts the document repeats word for word.
const MONITOR = t('Monitor service implementation', 'Supervisar la implementación de los servicios');
const MONITOR_ITEMS = [
  t(
    'Services start on time according to the application(s)',
    'Los servicios comienzan a tiempo según la(s) solicitud(es)',
  ),
  t(
    'Services are implemented as described in the application(s)',
    'Los servicios se implementan como se describe en la(s) solicitud(es)',
  ),
  t(
    'Review student attendance and adjust services if necessary through a BR or CDE preapproval',
    'Revisar la asistencia de los estudiantes y ajustar los servicios si es necesario mediante una BR o la aprobación previa del CDE',
  ),
  t(
    'Ensure pre/posttests are administered; review data',
    'Asegurar que se administren las pruebas previas y posteriores; revisar los datos',
  ),
];
const MONITOR_RESOURCES = [
  t('Regional Application', 'Solicitud regional'),
  t(
    'District Applications (district service agreements or memorandum of understanding)',
    'Solicitudes de los distritos (acuerdos de servicio con el distrito o memorando de entendimiento)',
  ),
  t('Service Implementation Monitoring Log', 'Registro de supervisión de la implementación de servicios'),
];
const SSDP = t('SSDP', 'SSDP');
const COLLECTION_TOOL = t('SSDP Data Collection Tool', 'Herramienta de recopilación de datos del SSDP');
const COLLECTION_TOOL_SHEETS = t(
  'SSDP Data Collection Tool/attendance sheets',
  'Herramienta de recopilación de datos del SSDP/hojas de asistencia',
);
const DATA_ENTRY_WEBINARS = t(
  'Service Set-up and Data Entry webinars on MSIN',
  'Seminarios web de configuración de servicios y captura de datos en MSIN',
);
const CODE_MAP = t('Service Code Map', 'Mapa de códigos de servicio');
const EPC_CHECKLIST = t('SSDP EPC Verification Checklist', 'Lista de verificación del EPC del SSDP');
const TRACKING_LOG = t('SSDP Tracking Log', 'Registro de seguimiento del SSDP');
const POSTTEST_ITEMS = [
  t('Review results', 'Revisar los resultados'),
  t('Plan revisions for upcoming services', 'Planear revisiones para los próximos servicios'),
];
const SERVICE_DOCUMENT_ITEMS = (mpos: string) => [
  t('Attendance documents (all services)', 'Documentos de asistencia (todos los servicios)'),
  t(`Data collection documents (${mpos})`, `Documentos de recopilación de datos (${mpos})`),
];
const MPO_REPORT_ITEMS = [
  t(
    'Students below proficiency (MPOs 1.0 and 2.0)',
    'Estudiantes por debajo del nivel competente (MPO 1.0 y 2.0)',
  ),
  t('Pre-K students (MPO 7.0)', 'Estudiantes de preescolar (MPO 7.0)'),
];
const MPO_REPORTS = t(
  'MSIN SSDP MPO Reports 1.0, 2.0, and 7.0',
  'Informes de MPO del SSDP en MSIN 1.0, 2.0 y 7.0',
);
const MEET_STAFF_RESOURCES = (site: string, siteEs: string) => [
  t('Pre/posttests', 'Pruebas previas y posteriores'),
  t('SSDP Annual Performance Progress Report', 'Informe anual de progreso del desempeño del SSDP'),
  t(
    `Grant application webinars on ${site}`,
    `Seminarios web sobre la solicitud de la subvención en ${siteEs}`,
  ),
];
const DEVELOP_APPLICATIONS = {
  task: t('Develop grant applications', 'Elaborar las solicitudes de subvención'),
  subItems: [
    t(
      'Double check that grant applications include all SSDP strategies (for districts)',
      'Verificar que las solicitudes de subvención incluyan todas las estrategias del SSDP (para los distritos)',
    ),
    t(
      'Double check that the district service agreements, memorandums of understanding, and Regional Applications as a whole include all SSDP strategies (for regions)',
      'Verificar que los acuerdos de servicio con los distritos, los memorandos de entendimiento y las solicitudes regionales en conjunto incluyan todas las estrategias del SSDP (para las regiones)',
    ),
  ],
  resources: [
    t(
      'Review grant application webinars on the LACOE website',
      'Revisar los seminarios web sobre la solicitud de la subvención en el sitio web de LACOE',
    ),
    t('All SSDP resources', 'Todos los recursos del SSDP'),
    TRACKING_LOG,
    t(
      'Planning documents identifying revisions to services based on data',
      'Documentos de planeación que identifican revisiones a los servicios basadas en los datos',
    ),
  ],
};
const REVIEW_DSAS = {
  task: t(
    'Review district service agreements for SSDP alignment',
    'Revisar la alineación de los acuerdos de servicio con los distritos con el SSDP',
  ),
  subItems: [
    t(
      'Identify SSDP strategies implemented at all reimbursable districts',
      'Identificar las estrategias del SSDP implementadas en todos los distritos reembolsables',
    ),
  ],
  resources: [SSDP, TRACKING_LOG],
};
const CONTINUE_REVIEW = {
  task: t(
    'Continue with application review/revisions',
    'Continuar con la revisión/las correcciones de la solicitud',
  ),
  subItems: [],
  resources: [t('All SSDP Resources', 'Todos los recursos del SSDP')],
};

interface DetailRow {
  month: CalendarMonth;
  star?: boolean;
  grant?: boolean;
  task: LocalText;
  subItems?: LocalText[];
  resources?: LocalText[];
  workplace: Workplace | null;
}

const monitorRow = (month: CalendarMonth): DetailRow => ({
  month,
  task: MONITOR,
  subItems: MONITOR_ITEMS,
  resources: MONITOR_RESOURCES,
  workplace: 'monitoringLog',
});
const postTestRow = (month: CalendarMonth, en: string, es: string): DetailRow => ({
  month,
  task: t(en, es),
  subItems: POSTTEST_ITEMS,
  workplace: 'services',
});

/** The "tasks and resources by month" table, row by row. */
const DETAIL_ROWS: DetailRow[] = [
  {
    month: 7,
    task: t(
      'Update service code map as needed',
      'Actualizar el mapa de códigos de servicio según sea necesario',
    ),
    subItems: [
      t(
        'Enter service data into MSIN for spring services',
        'Capturar en MSIN los datos de los servicios de primavera',
      ),
    ],
    resources: [DATA_ENTRY_WEBINARS, CODE_MAP, COLLECTION_TOOL_SHEETS],
    workplace: 'services',
  },
  {
    month: 7,
    task: t(
      'Save documentation for EPC verified SSDP strategies from spring services (regions and districts)',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC de los servicios de primavera (regiones y distritos)',
    ),
    resources: [SSDP, COLLECTION_TOOL],
    workplace: 'epc',
  },
  monitorRow(7),
  {
    month: 7,
    task: t(
      'Collaboration with federal, state, and local programs (e.g., 21st Century After School Program, California Mini-Corps)',
      'Colaboración con programas federales, estatales y locales (p. ej., el programa extraescolar 21st Century, California Mini-Corps)',
    ),
    workplace: null,
  },
  postTestRow(
    8,
    'Administer posttests for all summer services',
    'Administrar las pruebas posteriores de todos los servicios de verano',
  ),
  {
    month: 8,
    task: t(
      'Identify or develop service documents needed for services',
      'Identificar o elaborar los documentos necesarios para los servicios',
    ),
    subItems: SERVICE_DOCUMENT_ITEMS('MPOs 1.0, 2.0, 7.0'),
    resources: [
      t(
        'SSDP Data Collection Tool (sample from Region 6)',
        'Herramienta de recopilación de datos del SSDP (muestra de la Región 6)',
      ),
    ],
    workplace: 'services',
  },
  monitorRow(8),
  {
    month: 9,
    task: t(
      'Data Close: All service and child data must be completed and submitted for prior year',
      'Cierre de datos: todos los datos de servicios y de niños del año anterior deben completarse y enviarse',
    ),
    resources: [
      t(
        'Data Close webinars in the MSIN User Guide',
        'Seminarios web de cierre de datos en la guía del usuario de MSIN',
      ),
      DATA_ENTRY_WEBINARS,
      CODE_MAP,
      COLLECTION_TOOL_SHEETS,
    ],
    workplace: 'dataClose',
  },
  {
    month: 9,
    task: t(
      'Save documentation for EPC verified SSDP strategies from summer services (regions and districts)',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC de los servicios de verano (regiones y distritos)',
    ),
    resources: [SSDP, COLLECTION_TOOL, EPC_CHECKLIST],
    workplace: 'epc',
  },
  {
    month: 9,
    task: t(
      'Identify or develop service documents needed for services',
      'Identificar o elaborar los documentos necesarios para los servicios',
    ),
    subItems: SERVICE_DOCUMENT_ITEMS('MPOs 1.0, 2.0, and 7.0'),
    resources: [COLLECTION_TOOL_SHEETS],
    workplace: 'services',
  },
  {
    month: 9,
    task: t(
      'Implement SSDP PD prior to starting services',
      'Impartir el PD del SSDP antes de iniciar los servicios',
    ),
    workplace: null,
  },
  monitorRow(9),
  monitorRow(10),
  {
    month: 11,
    task: t(
      'Review MSIN SSDP MPO Reports to verify enrolled students are below proficient or to identify and enroll additional students for services aligned to MPOs 1.0, 2.0, and 7.0',
      'Revisar los informes de MPO del SSDP en MSIN para verificar que los estudiantes inscritos estén por debajo del nivel competente o para identificar e inscribir a más estudiantes en servicios alineados con las MPO 1.0, 2.0 y 7.0',
    ),
    subItems: MPO_REPORT_ITEMS,
    resources: [MPO_REPORTS],
    workplace: 'mpoTargets',
  },
  {
    month: 11,
    task: t(
      'Review SSDP Annual Performance Progress Report',
      'Revisar el informe anual de progreso del desempeño del SSDP',
    ),
    subItems: [
      t(
        'Identify challenges and practices to address them',
        'Identificar los retos y las prácticas para atenderlos',
      ),
      t('Set goals for the new school year', 'Fijar metas para el nuevo año escolar'),
    ],
    workplace: 'appr',
  },
  monitorRow(11),
  postTestRow(
    12,
    'Administer posttests for all fall services',
    'Administrar las pruebas posteriores de todos los servicios de otoño',
  ),
  {
    month: 12,
    task: t(
      'High school case management staff meet with students',
      'El personal de gestión de casos de preparatoria se reúne con los estudiantes',
    ),
    subItems: [
      t(
        'Identify students who should enroll in algebra',
        'Identificar a los estudiantes que deben inscribirse en álgebra',
      ),
      t(
        'Encourage students to enroll in UC/CSU courses',
        'Animar a los estudiantes a inscribirse en cursos de UC/CSU',
      ),
      t(
        'Enroll students in MEP services including credit accrual',
        'Inscribir a los estudiantes en servicios del MEP, incluida la acumulación de créditos',
      ),
    ],
    resources: [
      t('High school case management documents', 'Documentos de gestión de casos de preparatoria'),
      t('Case management form', 'Formulario de gestión de casos'),
      t('Student transcripts', 'Expedientes académicos de los estudiantes'),
    ],
    workplace: null,
  },
  monitorRow(12),
  {
    month: 1,
    star: true,
    grant: true,
    task: t('Review SSDP MPOs and Performance Targets', 'Revisar las MPO y las metas de desempeño del SSDP'),
    resources: [t('Read SSDP', 'Leer el SSDP'), t('SSDP at a Glance', 'El SSDP de un vistazo')],
    workplace: 'plan',
  },
  {
    month: 1,
    star: true,
    grant: true,
    task: t('Review SSDP Webinars', 'Revisar los seminarios web del SSDP'),
    resources: [
      t(
        'SSDP Webinar Series PowerPoints',
        'Presentaciones PowerPoint de la serie de seminarios web del SSDP',
      ),
    ],
    workplace: null,
  },
  {
    month: 1,
    star: true,
    grant: true,
    task: t(
      'Meet with staff, including reimbursable districts, to plan for upcoming application.',
      'Reunirse con el personal, incluidos los distritos reembolsables, para planear la próxima solicitud.',
    ),
    subItems: [t('Review service data', 'Revisar los datos de los servicios')],
    resources: MEET_STAFF_RESOURCES('LACOE website', 'el sitio web de LACOE'),
    workplace: 'outcomes',
  },
  monitorRow(1),
  {
    month: 1,
    task: t(
      'Enter service data into MSIN for fall services; update service code map as needed',
      'Capturar en MSIN los datos de los servicios de otoño; actualizar el mapa de códigos de servicio según sea necesario',
    ),
    resources: [DATA_ENTRY_WEBINARS, CODE_MAP, COLLECTION_TOOL_SHEETS],
    workplace: 'services',
  },
  {
    month: 1,
    task: t(
      'Save documentation for EPC verified SSDP strategies from fall services',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC de los servicios de otoño',
    ),
    resources: [SSDP, COLLECTION_TOOL, EPC_CHECKLIST],
    workplace: 'epc',
  },
  {
    month: 2,
    star: true,
    grant: true,
    task: t(
      'Continue to meet with staff, including reimbursable districts, to plan for upcoming application',
      'Seguir reuniéndose con el personal, incluidos los distritos reembolsables, para planear la próxima solicitud',
    ),
    resources: MEET_STAFF_RESOURCES('the LACOE website', 'el sitio web de LACOE'),
    workplace: 'outcomes',
  },
  {
    month: 2,
    star: true,
    grant: true,
    task: t(
      'Get the SSDP Tracking Log ready to identify who (districts and or region) is going to implement which strategies',
      'Preparar el registro de seguimiento del SSDP para identificar quién (distritos o región) implementará cada estrategia',
    ),
    resources: [TRACKING_LOG],
    workplace: 'trackingLog',
  },
  {
    month: 2,
    star: true,
    grant: true,
    task: t(
      'Review reports provided by the CDE to plan for the upcoming grant application at the regional and district levels',
      'Revisar los informes que proporciona el CDE para planear la próxima solicitud de subvención a nivel regional y de distrito',
    ),
    resources: [t('WestEd subgrantee reports', 'Informes de WestEd sobre los subbeneficiarios')],
    workplace: 'dataPacket',
  },
  monitorRow(2),
  { month: 3, star: true, grant: true, ...DEVELOP_APPLICATIONS, workplace: 'applications' },
  { month: 3, star: true, grant: true, ...REVIEW_DSAS, workplace: 'applications' },
  monitorRow(3),
  { month: 4, star: true, grant: true, ...DEVELOP_APPLICATIONS, workplace: 'applications' },
  { month: 4, star: true, grant: true, ...REVIEW_DSAS, workplace: 'applications' },
  monitorRow(4),
  { month: 5, star: true, grant: true, ...CONTINUE_REVIEW, workplace: 'applications' },
  monitorRow(5),
  {
    month: 5,
    task: t(
      'Review MSIN SSDP MPO Reports to identify and enroll students for summer services aligned to MPOs 1.0, 2.0, and 7.0',
      'Revisar los informes de MPO del SSDP en MSIN para identificar e inscribir a estudiantes en servicios de verano alineados con las MPO 1.0, 2.0 y 7.0',
    ),
    subItems: MPO_REPORT_ITEMS,
    resources: [MPO_REPORTS],
    workplace: 'mpoTargets',
  },
  { month: 6, star: true, grant: true, ...CONTINUE_REVIEW, workplace: 'applications' },
  {
    month: 6,
    star: true,
    task: t(
      'Document start date of upcoming services for region and districts',
      'Documentar la fecha de inicio de los próximos servicios de la región y los distritos',
    ),
    resources: [MONITOR_RESOURCES[2]!],
    workplace: 'masterCalendar',
  },
  // The document's copy ends inside this row's resources: it lists the two applications.
  { ...monitorRow(6), resources: MONITOR_RESOURCES.slice(0, 2) },
];

interface GlanceRow {
  month: CalendarMonth;
  task: LocalText;
  grant?: boolean;
  /** Positions (1-based) of the month's detail rows this action sums up. */
  rows: number[];
  workplace: Workplace | null;
}

const glanceMonitor = (month: CalendarMonth, row: number): GlanceRow => ({
  month,
  task: MONITOR,
  rows: [row],
  workplace: 'monitoringLog',
});

/** The "actions at a glance" table, row by row. */
const GLANCE_ROWS: GlanceRow[] = [
  {
    month: 7,
    task: t('Enter service data for spring services.', 'Capturar los datos de los servicios de primavera.'),
    rows: [1],
    workplace: 'services',
  },
  glanceMonitor(7, 3),
  {
    month: 7,
    task: t(
      'Save documentation for EPC verified SSDP strategies.',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC.',
    ),
    rows: [2],
    workplace: 'epc',
  },
  {
    month: 7,
    task: t(
      'Collaboration with federal, state, and local programs.',
      'Colaboración con programas federales, estatales y locales.',
    ),
    rows: [4],
    workplace: null,
  },
  {
    month: 8,
    task: t(
      'Administer/review data for posttest for summer services.',
      'Administrar las pruebas posteriores de los servicios de verano y revisar sus datos.',
    ),
    rows: [1],
    workplace: 'services',
  },
  glanceMonitor(8, 3),
  {
    month: 8,
    task: t(
      'Identify or develop service documents needed for RSY services.',
      'Identificar o elaborar los documentos necesarios para los servicios del RSY.',
    ),
    rows: [2],
    workplace: 'services',
  },
  {
    month: 9,
    task: t(
      'Data Close: All service and child data must be completed and submitted for prior year.',
      'Cierre de datos: todos los datos de servicios y de niños del año anterior deben completarse y enviarse.',
    ),
    rows: [1],
    workplace: 'dataClose',
  },
  {
    month: 9,
    task: t('Start conducting INAs/ILPs.', 'Comenzar a realizar las INA/ILP.'),
    rows: [],
    workplace: null,
  },
  {
    month: 9,
    task: t(
      'Provide PD prior to starting services requiring PD (e.g., ELA).',
      'Impartir PD antes de iniciar los servicios que lo requieren (p. ej., ELA).',
    ),
    rows: [4],
    workplace: null,
  },
  {
    month: 9,
    task: t(
      'Save documentation for EPC verified SSDP strategies from summer services (regions and districts).',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC de los servicios de verano (regiones y distritos).',
    ),
    rows: [2],
    workplace: 'epc',
  },
  glanceMonitor(9, 5),
  glanceMonitor(10, 1),
  {
    month: 11,
    task: t(
      'Review MSIN SSDP MPO Reports to identify and enroll students for services aligned to MPOs 1.0, 2.0, and 7.0.',
      'Revisar los informes de MPO del SSDP en MSIN para identificar e inscribir a estudiantes en servicios alineados con las MPO 1.0, 2.0 y 7.0.',
    ),
    rows: [1],
    workplace: 'mpoTargets',
  },
  {
    month: 11,
    task: t(
      'Review SSDP Annual Performance Progress Report.',
      'Revisar el informe anual de progreso del desempeño del SSDP.',
    ),
    rows: [2],
    workplace: 'appr',
  },
  glanceMonitor(11, 3),
  {
    month: 11,
    task: t(
      'Review student attendance and adjust services if necessary through a BR or CDE preapproval.',
      'Revisar la asistencia de los estudiantes y ajustar los servicios si es necesario mediante una BR o la aprobación previa del CDE.',
    ),
    rows: [3],
    workplace: 'monitoringLog',
  },
  {
    month: 12,
    task: t(
      'Administer posttests for all fall services.',
      'Administrar las pruebas posteriores de todos los servicios de otoño.',
    ),
    rows: [1],
    workplace: 'services',
  },
  glanceMonitor(12, 3),
  {
    month: 12,
    task: t(
      'High school case management staff meet with students.',
      'El personal de gestión de casos de preparatoria se reúne con los estudiantes.',
    ),
    rows: [2],
    workplace: null,
  },
  {
    month: 1,
    grant: true,
    task: t(
      'Review SSDP materials/reports to plan for upcoming application.',
      'Revisar los materiales e informes del SSDP para planear la próxima solicitud.',
    ),
    rows: [1, 2, 3],
    workplace: 'plan',
  },
  {
    month: 1,
    task: t(
      'Enter fall term service data into MSIN.',
      'Capturar en MSIN los datos de los servicios del otoño.',
    ),
    rows: [5],
    workplace: 'services',
  },
  glanceMonitor(1, 4),
  {
    month: 1,
    task: t(
      'Save documentation for EPC verified SSDP strategies from fall services.',
      'Guardar la documentación de las estrategias del SSDP verificadas por el EPC de los servicios de otoño.',
    ),
    rows: [6],
    workplace: 'epc',
  },
  {
    month: 2,
    grant: true,
    task: t(
      'Continue to meet with staff, including reimbursable districts, to plan for upcoming application.',
      'Seguir reuniéndose con el personal, incluidos los distritos reembolsables, para planear la próxima solicitud.',
    ),
    rows: [1],
    workplace: 'outcomes',
  },
  {
    month: 2,
    grant: true,
    task: t(
      'Review reports provided by the CDE to plan for the upcoming grant application.',
      'Revisar los informes que proporciona el CDE para planear la próxima solicitud de subvención.',
    ),
    rows: [3],
    workplace: 'dataPacket',
  },
  {
    month: 2,
    grant: true,
    task: t(
      'Get the SSDP Tracking Log ready to identify who (districts and or region) is going to implement which strategies.',
      'Preparar el registro de seguimiento del SSDP para identificar quién (distritos o región) implementará cada estrategia.',
    ),
    rows: [2],
    workplace: 'trackingLog',
  },
  glanceMonitor(2, 4),
  ...([3, 4] as const).flatMap((month): GlanceRow[] => [
    {
      month,
      grant: true,
      task: t(
        'Review DSAs and MOUs for SSDP alignment.',
        'Revisar la alineación de los DSA y los MOU con el SSDP.',
      ),
      rows: [2],
      workplace: 'applications',
    },
    glanceMonitor(month, 3),
    {
      month,
      grant: true,
      task: t(
        'Develop grant applications that include all SSDP strategies.',
        'Elaborar solicitudes de subvención que incluyan todas las estrategias del SSDP.',
      ),
      rows: [1],
      workplace: 'applications',
    },
  ]),
  {
    month: 5,
    grant: true,
    task: t(
      'Continue application review/revisions.',
      'Continuar con la revisión/las correcciones de la solicitud.',
    ),
    rows: [1],
    workplace: 'applications',
  },
  glanceMonitor(5, 2),
  {
    month: 5,
    task: t(
      'Review MSIN Reports to identify and enroll students for summer services aligned to MPOs 1.0, 2.0, and 7.0.',
      'Revisar los informes de MSIN para identificar e inscribir a estudiantes en servicios de verano alineados con las MPO 1.0, 2.0 y 7.0.',
    ),
    rows: [3],
    workplace: 'mpoTargets',
  },
  glanceMonitor(6, 3),
  {
    month: 6,
    task: t(
      'Create master calendar to monitor service implementation.',
      'Crear un calendario maestro para supervisar la implementación de los servicios.',
    ),
    rows: [],
    workplace: 'masterCalendar',
  },
  {
    month: 6,
    grant: true,
    task: t(
      'Continue application revisions as needed.',
      'Continuar con las correcciones de la solicitud según sea necesario.',
    ),
    rows: [1],
    workplace: 'applications',
  },
];

const pad = (month: number) => String(month).padStart(2, '0');

function numbered<Row extends { month: CalendarMonth }>(rows: Row[]): Array<Row & { position: number }> {
  const seen = new Map<number, number>();
  return rows.map((row) => {
    const position = (seen.get(row.month) ?? 0) + 1;
    seen.set(row.month, position);
    return { ...row, position };
  });
}

/** The second table's tasks, in the document's order. */
export const DETAIL_TASKS: readonly CalendarTask[] = numbered(DETAIL_ROWS).map((row) => ({
  key: `detail-${pad(row.month)}-${row.position}`,
  table: 'detail',
  month: row.month,
  task: row.task,
  subItems: row.subItems ?? [],
  resources: row.resources ?? [],
  applicationYear: row.star ?? false,
  grantApplication: row.grant ?? false,
  workplace: row.workplace,
  tracks: [],
}));

/** The first table's actions, in the document's order; the document marks none of them `*`. */
export const GLANCE_TASKS: readonly CalendarTask[] = numbered(GLANCE_ROWS).map((row) => ({
  key: `glance-${pad(row.month)}-${row.position}`,
  table: 'glance',
  month: row.month,
  task: row.task,
  subItems: [],
  resources: [],
  applicationYear: false,
  grantApplication: row.grant ?? false,
  workplace: row.workplace,
  tracks: row.rows.map((position) => `detail-${pad(row.month)}-${position}`),
}));

/** Both tables, the first one first, as `ciclo calendar tasks` prints them. */
export const CALENDAR_TASKS: readonly CalendarTask[] = [...GLANCE_TASKS, ...DETAIL_TASKS];

const BY_KEY = new Map(CALENDAR_TASKS.map((task) => [task.key, task]));

/** A task by its key, or undefined. */
export function calendarTask(key: string): CalendarTask | undefined {
  return BY_KEY.get(key);
}

/** The path of the page where a task's work is done, or null. */
export function workplacePath(task: CalendarTask): string | null {
  return task.workplace ? WORKPLACES[task.workplace] : null;
}

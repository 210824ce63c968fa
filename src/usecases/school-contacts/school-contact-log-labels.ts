import type { Role } from '../../core/people/roles';
import type { SchoolContactOutcomeCode, SchoolContactType } from '../../core/recruitment/school-contact-log';

export type ExportLanguage = 'en' | 'es';

interface LogLabels {
  title: string;
  staffName: string;
  positionTitle: string;
  month: string;
  date: string;
  school: string;
  district: string;
  type: string;
  outcome: string;
  notes: string;
  total: string;
  countsByType: string;
  countsByOutcome: string;
  none: string;
  types: Record<SchoolContactType, string>;
  outcomes: Record<SchoolContactOutcomeCode, string>;
  roles: Partial<Record<Role, string>>;
}

/** The words of the printed and exported log, in the source's wording. */
export const LOG_LABELS: Record<ExportLanguage, LogLabels> = {
  en: {
    title: 'IDR School Contact Log',
    staffName: 'MEP Staff Name',
    positionTitle: 'Position Title',
    month: 'Month',
    date: 'Date',
    school: 'School Name',
    district: 'District',
    type: 'Type of Attempt',
    outcome: 'Outcome',
    notes: 'Notes',
    total: 'Contacts this month',
    countsByType: 'By type of attempt',
    countsByOutcome: 'By outcome',
    none: 'No school contacts this month.',
    types: {
      phone_contact: 'Phone contact',
      drop_in: 'Drop in',
      scheduled_visit: 'Scheduled visit',
      appointment: 'Appointment',
    },
    outcomes: {
      spoke_to_staff: 'Spoke to secretary, registrar, counselor',
      obtained_referrals: 'Obtained referrals',
      scheduled_follow_up: 'Scheduled follow up presentation/meeting',
      left_message: 'Left message with',
      left_materials: 'Left Migrant Education IDR information/materials',
      ran_gain_loss_reports: 'Obtained and/or ran gain/losses reports',
      obtained_el_newcomer_lists: 'Obtained EL/newcomer lists',
      talked_about_program: 'Talked about the program, requirements and services',
      established_relationship: 'Established contact/working relationship',
      conducted_presentation: 'Conducted presentation',
    },
    roles: {
      state_admin: 'State administrator',
      region_director: 'Region director',
      ir_manager: 'I&R manager',
      data_specialist: 'Data specialist',
      recruiter: 'Recruiter',
      district_recruiter: 'District recruiter',
    },
  },
  es: {
    title: 'Registro de contactos con escuelas (IDR)',
    staffName: 'Nombre del personal del MEP',
    positionTitle: 'Puesto',
    month: 'Mes',
    date: 'Fecha',
    school: 'Nombre de la escuela',
    district: 'Distrito',
    type: 'Tipo de intento',
    outcome: 'Resultado',
    notes: 'Notas',
    total: 'Contactos este mes',
    countsByType: 'Por tipo de intento',
    countsByOutcome: 'Por resultado',
    none: 'No hay contactos con escuelas este mes.',
    types: {
      phone_contact: 'Llamada telefónica',
      drop_in: 'Visita sin cita',
      scheduled_visit: 'Visita programada',
      appointment: 'Cita',
    },
    outcomes: {
      spoke_to_staff: 'Habló con secretaria, registradora, consejero',
      obtained_referrals: 'Obtuvo referencias',
      scheduled_follow_up: 'Programó presentación/reunión de seguimiento',
      left_message: 'Dejó mensaje con',
      left_materials: 'Dejó información/materiales de IDR de Educación Migrante',
      ran_gain_loss_reports: 'Obtuvo y/o generó informes de altas y bajas',
      obtained_el_newcomer_lists: 'Obtuvo listas de estudiantes EL/recién llegados',
      talked_about_program: 'Habló sobre el programa, los requisitos y los servicios',
      established_relationship: 'Estableció contacto/relación de trabajo',
      conducted_presentation: 'Realizó una presentación',
    },
    roles: {
      state_admin: 'Administrador estatal',
      region_director: 'Director regional',
      ir_manager: 'Gerente de I&R',
      data_specialist: 'Especialista de datos',
      recruiter: 'Reclutador',
      district_recruiter: 'Reclutador del distrito',
    },
  },
};

/** An outcome as one line: its label, and its detail in parentheses as the source writes it. */
export function outcomeText(
  language: ExportLanguage,
  outcome: { code: SchoolContactOutcomeCode; detail: string | null },
): string {
  const label = LOG_LABELS[language].outcomes[outcome.code];
  return outcome.detail ? `${label} (${outcome.detail})` : label;
}

/** A date as each language writes it. */
export function formatLogDate(date: string, language: ExportLanguage): string {
  const [y, m, d] = date.split('-');
  return language === 'es' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

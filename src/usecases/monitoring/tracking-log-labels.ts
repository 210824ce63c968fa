export type TrackingLogLanguage = 'en' | 'es';

interface TrackingLogLabels {
  title: (region: string, programYear: string) => string;
  sheet: string;
  strategy: string;
  alignment: string;
  line: (label: string) => string;
  missingEverywhere: string;
  missingIn: (implementer: string) => string;
  aligned: string;
  gaps: (count: number) => string;
}

/** The words of the exported SSDP Tracking Log (MN3.1), as the web page says them. */
export const TRACKING_LOG_LABELS: Record<TrackingLogLanguage, TrackingLogLabels> = {
  en: {
    title: (region, programYear) => `SSDP Tracking Log — ${region}, ${programYear}`,
    sheet: 'Tracking log',
    strategy: 'Strategy',
    alignment: 'Alignment',
    line: (label) => `line ${label}`,
    missingEverywhere: 'missing from every application',
    missingIn: (implementer) => `missing in ${implementer}`,
    aligned: 'Alignment: every strategy of the plan is carried out where the plan asks.',
    gaps: (count) => `Alignment: ${count} gap${count === 1 ? '' : 's'} — see the last column.`,
  },
  es: {
    title: (region, programYear) => `Registro de seguimiento del SSDP — ${region}, ${programYear}`,
    sheet: 'Registro de seguimiento',
    strategy: 'Estrategia',
    alignment: 'Alineación',
    line: (label) => `línea ${label}`,
    missingEverywhere: 'falta en todas las solicitudes',
    missingIn: (implementer) => `falta en ${implementer}`,
    aligned: 'Alineación: cada estrategia del plan se lleva a cabo donde el plan lo pide.',
    gaps: (count) =>
      `Alineación: ${count} ${count === 1 ? 'faltante' : 'faltantes'} — vea la última columna.`,
  },
};

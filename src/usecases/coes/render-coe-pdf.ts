import { createPdfDocument, writeText } from '../exports/pdf-fonts';
import type { CoeRecord } from './coe-record';

export type PdfLanguage = 'en' | 'es';

export const LABELS = {
  en: {
    title: 'Certificate of Eligibility',
    program: 'California Migrant Education Program',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted for review',
      returned: 'Returned to the recruiter',
      approved: 'Approved',
    },
    interviewDate: 'Interview date',
    residencyDate: 'Residency date',
    workerMoveDate: 'Worker move date',
    qualifyingWork: 'Qualifying work',
    comments: 'Comments',
    children: 'Children',
    child: 'Child',
    birthDate: 'Birth date',
    qad: 'QAD',
    eligibleThrough: 'Eligible through',
    movedWithWorker: 'Moved with the worker',
    priorCoe: 'Prior COE',
    basis: 'Basis',
    notEligible: 'Not eligible',
    yes: 'Yes',
    no: 'No',
    bases: { 'qualifying-work': 'Qualifying work', sqm: 'Subsequent qualifying move (SQM)' } as Record<
      string,
      string
    >,
    relations: {
      with: 'with the worker',
      'to-join': 'to join the worker',
      precede: 'preceding the worker',
      'as-worker': 'as the worker',
    } as Record<string, string>,
    signature: 'Parent or guardian signature',
    signedOnPaper: 'Signed on paper',
    signedOn: 'Signed on',
    recruiter: 'Recruiter',
    reviewer: 'Designated reviewer',
    reviewedOn: 'Reviewed on',
    unsigned: 'Not signed yet',
  },
  es: {
    title: 'Certificado de Elegibilidad',
    program: 'Programa de Educación Migrante de California',
    status: 'Estado',
    statuses: {
      draft: 'Borrador',
      submitted: 'Enviado para revisión',
      returned: 'Devuelto al reclutador',
      approved: 'Aprobado',
    },
    interviewDate: 'Fecha de la entrevista',
    residencyDate: 'Fecha de residencia',
    workerMoveDate: 'Fecha de la mudanza del trabajador',
    qualifyingWork: 'Trabajo calificado',
    comments: 'Comentarios',
    children: 'Niños',
    child: 'Niño/a',
    birthDate: 'Fecha de nacimiento',
    qad: 'QAD',
    eligibleThrough: 'Elegible hasta',
    movedWithWorker: 'Se mudó con el trabajador',
    priorCoe: 'COE anterior',
    basis: 'Base',
    notEligible: 'No elegible',
    yes: 'Sí',
    no: 'No',
    bases: {
      'qualifying-work': 'Trabajo calificado',
      sqm: 'Mudanza calificada subsiguiente (SQM)',
    } as Record<string, string>,
    relations: {
      with: 'con el trabajador',
      'to-join': 'para reunirse con el trabajador',
      precede: 'antes que el trabajador',
      'as-worker': 'como trabajador',
    } as Record<string, string>,
    signature: 'Firma del padre, madre o tutor',
    signedOnPaper: 'Firmado en papel',
    signedOn: 'Firmado el',
    recruiter: 'Reclutador',
    reviewer: 'Revisor designado',
    reviewedOn: 'Revisado el',
    unsigned: 'Sin firmar',
  },
} as const;

/** A calendar date written the way each language writes it, without a time zone. */
function formatDate(date: string | null, language: PdfLanguage): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return language === 'es' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

/**
 * The printable COE, in English or Spanish. A signature drawn on the screen is embedded as
 * an image (`signatureImage`, PNG bytes); a paper signature is noted as such.
 * @returns the PDF bytes
 */
export function renderCoePdf(
  coe: CoeRecord,
  language: PdfLanguage,
  signatureImage: Buffer | null,
): Promise<Buffer> {
  const l = LABELS[language];
  const doc = createPdfDocument({
    size: 'LETTER',
    margin: 50,
    info: { Title: `${l.title} — ${coe.id}`, Author: 'Ciclo' },
    lang: language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  writeText(doc.fontSize(18), l.title, { bold: true });
  writeText(doc.fontSize(11), l.program).moveDown(0.5);
  const field = (label: string, value: string) => {
    writeText(doc, `${label}: `, { bold: true, continued: true });
    writeText(doc, value);
  };
  field(l.status, l.statuses[coe.status]);
  field(l.interviewDate, formatDate(coe.interviewDate, language));
  field(l.residencyDate, formatDate(coe.residencyDate, language));
  const workerMoveDate = coe.children.find((c) => c.workerMoveDate)?.workerMoveDate ?? null;
  field(l.workerMoveDate, formatDate(workerMoveDate, language));
  field(l.qualifyingWork, coe.qualifyingWork ?? '—');
  writeText(doc.moveDown(0.5).fontSize(13), l.children, { bold: true }).fontSize(10);

  for (const child of coe.children) {
    writeText(doc.moveDown(0.3), child.displayName, { bold: true });
    const birthDate = coe.interview.children.find((c) => c.id === child.interviewChildId)?.birthDate ?? null;
    field(l.birthDate, formatDate(birthDate, language));
    if (!child.eligible) {
      field(l.basis, l.notEligible);
      continue;
    }
    field(l.qad, formatDate(child.qad, language));
    field(l.eligibleThrough, formatDate(child.eligibilityEndDate, language));
    const relation = child.relation ? ` — ${l.relations[child.relation] ?? child.relation}` : '';
    field(l.basis, `${child.basis ? (l.bases[child.basis] ?? child.basis) : '—'}${relation}`);
    field(l.movedWithWorker, child.movedWithWorker ? l.yes : l.no);
    field(l.priorCoe, child.priorCoe ? l.yes : l.no);
  }

  doc.moveDown(0.5).fontSize(11);
  if (coe.comments) field(l.comments, coe.comments);
  writeText(doc.moveDown(0.5), l.signature, { bold: true });
  if (!coe.signature) {
    writeText(doc, l.unsigned);
  } else {
    if (coe.signature.kind === 'paper') writeText(doc, l.signedOnPaper);
    if (signatureImage) doc.image(signatureImage, { fit: [220, 70] });
    writeText(
      doc,
      `${coe.signature.signerName} — ${l.signedOn} ${formatDate(coe.signature.signedOn, language)}`,
    );
  }
  doc.moveDown(0.5);
  if (coe.recruiter) field(l.recruiter, coe.recruiter.displayName);
  if (coe.reviewer) {
    const reviewedOn = coe.reviewedAt
      ? ` — ${l.reviewedOn} ${formatDate(coe.reviewedAt.slice(0, 10), language)}`
      : '';
    field(l.reviewer, `${coe.reviewer.displayName}${reviewedOn}`);
  }
  doc.end();
  return done;
}

/** The PNG bytes of a signature drawn on the screen, from its data URL. */
export function signatureImageBytes(dataUrl: string | null): Buffer | null {
  if (!dataUrl?.startsWith('data:image/png;base64,')) return null;
  return Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
}

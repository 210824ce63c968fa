import { createPdfDocument, writeText } from '../exports/pdf-fonts';
import { certificateFacts, type CertificatePlace } from '../../core/recruitment/coe-certificate';
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
    workAsInterviewed: 'Work as interviewed',
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
    worker: 'Worker',
    moves: 'Qualifying moves',
    move: 'Move',
    from: 'From',
    to: 'To',
    movedBy: 'Moved',
    childrenOwnMove: 'the children',
    economicNecessity: 'Economic necessity',
    economicNecessityStatement: 'This move was made due to economic necessity.',
    noEconomicNecessity: 'The recruiter did not find this move made due to economic necessity.',
    sought: 'sought, not obtained',
    began: 'began',
    employments: {
      seasonal: 'seasonal',
      temporary: 'temporary',
      'personal-subsistence': 'personal subsistence',
    } as Record<string, string>,
    sectors: { agricultural: 'agricultural', fishing: 'fishing' } as Record<string, string>,
    roundTrip: 'Round trip',
    roundTripDetail: 'left {home} for {away} on {left}, back on {back}',
    childMoveDate: 'Child move date',
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
    workAsInterviewed: 'Trabajo según la entrevista',
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
    worker: 'Trabajador/a',
    moves: 'Mudanzas calificadas',
    move: 'Mudanza',
    from: 'De',
    to: 'A',
    movedBy: 'Se mudó',
    childrenOwnMove: 'los niños',
    economicNecessity: 'Necesidad económica',
    economicNecessityStatement: 'Esta mudanza se hizo por necesidad económica.',
    noEconomicNecessity: 'El reclutador no determinó que esta mudanza se hiciera por necesidad económica.',
    sought: 'buscado, no obtenido',
    began: 'comenzó el',
    employments: {
      seasonal: 'de temporada',
      temporary: 'temporal',
      'personal-subsistence': 'de subsistencia personal',
    } as Record<string, string>,
    sectors: { agricultural: 'agrícola', fishing: 'pesquero' } as Record<string, string>,
    roundTrip: 'Viaje de ida y vuelta',
    roundTripDetail: 'salió de {home} a {away} el {left}, volvió el {back}',
    childMoveDate: 'Fecha de la mudanza del niño/a',
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
  const facts = certificateFacts(coe.interview, coe.determination);
  const place = (p: CertificatePlace) => [p.city, p.state, p.country].filter(Boolean).join(', ') || '—';
  field(l.worker, facts.workers.join('; ') || '—');
  const works = facts.work.map((work) => {
    const kind = [
      l.sectors[work.sector ?? ''] ?? work.sector,
      work.employment ? (l.employments[work.employment] ?? work.employment) : l.sought,
    ]
      .filter(Boolean)
      .join(', ');
    const began = work.startDate ? `, ${l.began} ${formatDate(work.startDate, language)}` : '';
    return `${work.description ?? '—'} (${kind}${began}) — ${work.worker}`;
  });
  // the COE's own statement of the work, as the recruiter certified it, first; the interview's reading beside it
  const statement = coe.qualifyingWork?.trim();
  if (statement) {
    field(l.qualifyingWork, statement);
    if (works.length > 0) field(l.workAsInterviewed, works.join('; '));
  } else field(l.qualifyingWork, works.length > 0 ? works.join('; ') : '—');
  const roundTrips = facts.roundTrips.map(
    (trip) =>
      `${l.yes}: ${trip.worker} ${l.roundTripDetail
        .replace('{home}', place(trip.home))
        .replace('{away}', place(trip.away))
        .replace('{left}', formatDate(trip.leftOn, language))
        .replace('{back}', formatDate(trip.returnedOn, language))}`,
  );
  field(l.roundTrip, roundTrips.length > 0 ? roundTrips.join('; ') : l.no);

  writeText(doc.moveDown(0.5).fontSize(13), l.moves, { bold: true }).fontSize(10);
  facts.moves.forEach((move, index) => {
    writeText(doc.moveDown(0.3), `${l.move} ${index + 1} — ${formatDate(move.date, language)}`, {
      bold: true,
    });
    field(l.from, place(move.from));
    field(l.to, place(move.to));
    field(l.movedBy, move.workers.length > 0 ? move.workers.join('; ') : l.childrenOwnMove);
    field(l.economicNecessity, move.economicNecessity ? l.economicNecessityStatement : l.noEconomicNecessity);
  });
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
    field(l.workerMoveDate, formatDate(child.workerMoveDate, language));
    const own = coe.determination.children.find((d) => d.child === child.interviewChildId)?.qualifyingMove;
    const ownMove = coe.interview.moves.find((m) => m.id === own);
    // R12.2: a child who joined or went ahead of the worker moved on a date of their own.
    if ((child.relation === 'to-join' || child.relation === 'precede') && ownMove)
      field(l.childMoveDate, formatDate(ownMove.date, language));
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

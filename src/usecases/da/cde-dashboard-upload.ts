import {
  contractFilesOfCde,
  readCdeDashboardFiles,
  type CdeFile,
  type CdeImportReport,
} from '../../core/accountability/cde-dashboard-files';
import {
  isLocalMeasuresFile,
  localIndicatorsCsv,
  readCdeLocalMeasures,
} from '../../core/accountability/cde-local-measures';
import { decodeUtf8OrWindows1252 } from '../../core/common/decode-text';
import { DA_FILES, type DaCaseFiles } from '../../core/accountability';
import { DomainError } from '../../core/common/domain-error';
import { ZipArchive, ZipError } from '../spreadsheets/read-zip';

/** The most a zip of Dashboard files may inflate to (the CDE's statewide files are tens of MB each). */
const MAX_INFLATED_BYTES = 400 * 1024 * 1024;

/**
 * Whether an upload holds the CDE's own Dashboard files (text or zip) rather than the
 * contract's: with leas.csv or indicators.csv it is the contract's, and a stray file is refused
 * by name as before.
 */
export function isCdeUpload(names: readonly string[]): boolean {
  const lower = names.map((name) => name.toLowerCase());
  if (lower.some((name) => /^(leas|indicators)\.(csv|xlsx)$/.test(name))) return false;
  return lower.some((name) => /\.(txt|tsv|zip)$/.test(name));
}

/** The CDE's files as downloaded: UTF-8, or Windows-1252 in older years' exports. */
const text = decodeUtf8OrWindows1252;

/**
 * Uploaded CDE Dashboard files (`.txt`, or `.zip` holding them; CDE1–CDE3 of
 * differentiated-assistance-format.md) → the contract files holding the same rows, and the
 * import report. `local_indicators.csv` and `lea_status.csv` may come beside them (the CDE's
 * files do not carry those); `request.json` gives the year as in a contract upload.
 * @throws DomainError naming the file when a name is not one of these or a zip cannot be read.
 */
export async function cdeCaseFilesOf(
  uploaded: Readonly<Record<string, Uint8Array>>,
  year: number | undefined,
): Promise<{ files: DaCaseFiles; cde: CdeImportReport }> {
  const cdeFiles: CdeFile[] = [];
  let localIndicators: string | undefined;
  let leaStatus: string | undefined;
  let requestYear: number | undefined;
  for (const [name, bytes] of Object.entries(uploaded)) {
    const lower = name.toLowerCase();
    if (/\.(txt|tsv)$/.test(lower)) cdeFiles.push({ name, text: text(bytes) });
    else if (lower.endsWith('.zip')) cdeFiles.push(...(await zippedFiles(name, bytes)));
    else if (lower === DA_FILES.localIndicators) localIndicators = text(bytes);
    else if (lower === DA_FILES.leaStatus) leaStatus = text(bytes);
    else if (lower === DA_FILES.request) requestYear = yearOfRequest(name, text(bytes));
    else
      throw DomainError.invalidField(
        name,
        `cannot come with the Dashboard's downloadable files: give the CDE's .txt files (or a .zip of them), with ${DA_FILES.localIndicators}, ${DA_FILES.leaStatus} or ${DA_FILES.request} beside them if needed`,
      );
  }
  if (year !== undefined && requestYear !== undefined && year !== requestYear)
    throw DomainError.invalidField(
      'year',
      `${year} differs from the year of ${DA_FILES.request} (${requestYear})`,
    );
  const localMeasuresFiles = cdeFiles.filter(isLocalMeasuresFile);
  const { data, report, sources } = readCdeDashboardFiles(
    cdeFiles.filter((file) => !localMeasuresFiles.includes(file)),
  );
  const decisionYear = year ?? requestYear ?? Math.max(...report.years);
  const files = contractFilesOfCde(data, decisionYear, sources);
  if (localMeasuresFiles.length > 0) {
    if (localIndicators !== undefined)
      throw DomainError.invalidField(
        DA_FILES.localIndicators,
        `give the local indicators once: ${DA_FILES.localIndicators} or the CDE's Local Measures files, not both`,
      );
    const local = readCdeLocalMeasures(localMeasuresFiles, new Set(data.leas.map((lea) => lea.leaId)));
    localIndicators = localIndicatorsCsv(local.rows);
    report.localMeasures = local.report;
  }
  return {
    files: {
      ...files,
      ...(localIndicators === undefined ? {} : { localIndicators }),
      ...(leaStatus === undefined ? {} : { leaStatus }),
    },
    cde: report,
  };
}

function yearOfRequest(name: string, json: string): number {
  try {
    const year = (JSON.parse(json.replace(/^\uFEFF/, '')) as { year?: unknown } | null)?.year;
    if (typeof year === 'number' && Number.isInteger(year)) return year;
  } catch {
    // refused below
  }
  throw DomainError.invalidField(name, 'must be JSON with a whole-number "year"');
}

/** The `.txt` files of a zip, each named `archive.zip/entry.txt` in the report. */
async function zippedFiles(name: string, bytes: Uint8Array): Promise<CdeFile[]> {
  let zip: ZipArchive | undefined;
  try {
    zip = await ZipArchive.open(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      MAX_INFLATED_BYTES,
    );
    const entries = zip
      .names()
      .filter((entry) => /\.(txt|tsv)$/i.test(entry) && !entry.startsWith('__MACOSX/'));
    if (entries.length === 0) throw DomainError.invalidField(name, 'holds no .txt file');
    const files: CdeFile[] = [];
    for (const entry of entries)
      files.push({ name: `${name}/${entry}`, text: text((await zip.bytes(entry)) ?? new Uint8Array()) });
    return files;
  } catch (error) {
    if (error instanceof ZipError) throw DomainError.invalidField(name, `cannot be read: ${error.message}`);
    throw error;
  } finally {
    zip?.close();
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS as DA_WORDS } from '../../core/accountability/explain-da-in-words';
import { SEXES } from '../../core/children/child-rules';
import { ChildDeterminationSchema } from '../../core/eligibility/interview-schema';
import { ENGLISH_END, SPANISH_END, SPANISH_RELATION } from '../../core/eligibility/trace';
import { ROLES } from '../../core/people/roles';
import { LABELS as COE_PDF_LABELS } from '../../usecases/coes/render-coe-pdf';
import { COLUMNS as DATA_PACKET_COLUMNS } from '../../usecases/qualifications/export-data-packet';
import { LOG_LABELS as SCHOOL_CONTACT_LOG_LABELS } from '../../usecases/school-contacts/school-contact-log-labels';
import { en, englishFiles, loadCatalog, type Catalog } from './catalogs';
import { es, spanishFiles } from './spanish-catalog';

/** Every key of a catalog, as dotted paths, with its text. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const english = flatten(en);
const spanish = flatten(es);
const webRoot = join(import.meta.dirname, '..');

/** Plural keys (`_one`, `_other`) are looked up by their stem. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the English and Spanish catalogs', () => {
  it('have the same module files in both languages, and no top-level key in two files', () => {
    const names = (files: Record<string, Catalog>) =>
      Object.keys(files)
        .map((file) => file.split('/').pop())
        .sort();
    expect(names(spanishFiles)).toEqual(names(englishFiles));
    const owners = new Map<string, string>();
    for (const [file, catalog] of Object.entries(englishFiles)) {
      for (const key of Object.keys(catalog)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${file}`).toBeUndefined();
        owners.set(key, file);
      }
    }
  });

  it('are English in the bundle and Spanish loaded when it is chosen', async () => {
    await expect(loadCatalog('en')).resolves.toBe(en);
    await expect(loadCatalog('es')).resolves.toBe(es);
  });

  it('have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english)
      expect(variables(spanish.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('contain every literal key the web app translates', () => {
    const known = new Set([...english.keys()].map(stem));
    const missing: string[] = [];
    for (const file of sourceFiles(webRoot)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g))
        if (!known.has(match[1]!)) missing.push(`${match[1]} (${file})`);
      for (const match of source.matchAll(/\blabel: '([a-z]+\.[a-zA-Z.]+)'/g))
        if (!known.has(match[1]!)) missing.push(`${match[1]} (${file})`);
    }
    expect(missing).toEqual([]);
  });

  it('name every role, sex and audit action the app can show', () => {
    for (const role of ROLES) expect(english.has(`roles.${role}`), role).toBe(true);
    for (const sex of SEXES) expect(english.has(`child.sexes.${sex}`), sex).toBe(true);
    for (const action of ['create', 'update', 'delete'])
      expect(english.has(`audit.actions.${action}`), action).toBe(true);
  });
});

/**
 * What one language of a dictionary has that the other lacks or leaves empty, as dotted
 * paths. Texts must be non-empty in both; a text written by a function must be a function in
 * both, taking the same number of arguments.
 */
function dictionaryGaps(english: unknown, spanish: unknown, path = ''): string[] {
  if (typeof english === 'string' || typeof spanish === 'string') {
    if (typeof english !== 'string' || english.trim() === '') return [`${path} (en)`];
    if (typeof spanish !== 'string' || spanish.trim() === '') return [`${path} (es)`];
    return [];
  }
  if (typeof english === 'function' || typeof spanish === 'function') {
    if (typeof english !== 'function') return [`${path} (en)`];
    if (typeof spanish !== 'function') return [`${path} (es)`];
    return english.length === spanish.length ? [] : [`${path} (arguments)`];
  }
  if (typeof english !== 'object' || english === null) return [`${path} (en)`];
  if (typeof spanish !== 'object' || spanish === null) return [`${path} (es)`];
  const keys = new Set([...Object.keys(english), ...Object.keys(spanish)]);
  return [...keys].flatMap((key) =>
    dictionaryGaps(
      (english as Record<string, unknown>)[key],
      (spanish as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    ),
  );
}

/** The codes a TypeBox union of literals allows (null left out). */
function literalsOf(schema: { anyOf: readonly unknown[] }): string[] {
  return schema.anyOf.flatMap((member) =>
    typeof member === 'object' && member !== null && 'const' in member && typeof member.const === 'string'
      ? [member.const]
      : [],
  );
}

/**
 * The words the server writes itself (exports, PDFs, the engine's trace, DA explanations)
 * live beside the code that writes them, outside the catalogs; they are held to the same
 * completeness here.
 */
describe('the English and Spanish dictionaries outside the catalogs', () => {
  it('find the gaps they are meant to find', () => {
    expect(dictionaryGaps({ a: 'A', b: { c: 'C' } }, { a: 'A', b: { c: ' ' } })).toEqual(['b.c (es)']);
    expect(dictionaryGaps({ a: 'A' }, { a: 'A', b: 'B' })).toEqual(['b (en)']);
    expect(dictionaryGaps({ f: (x: number) => `${x}` }, { f: () => '' })).toEqual(['f (arguments)']);
  });

  it.each([
    ['COE PDF labels', COE_PDF_LABELS.en, COE_PDF_LABELS.es],
    ['school contact log labels', SCHOOL_CONTACT_LOG_LABELS.en, SCHOOL_CONTACT_LOG_LABELS.es],
    ['data packet export columns', DATA_PACKET_COLUMNS.en, DATA_PACKET_COLUMNS.es],
    ['DA explanations', DA_WORDS.en, DA_WORDS.es],
    ['engine trace end reasons', ENGLISH_END, SPANISH_END],
  ])('%s have every key in both languages, none empty', (_name, english, spanish) => {
    expect(dictionaryGaps(english, spanish)).toEqual([]);
  });

  it('the engine trace names every end reason and, in Spanish, every relation the engine decides', () => {
    const { endReason, relation } = ChildDeterminationSchema.properties;
    expect(Object.keys(ENGLISH_END).sort()).toEqual(literalsOf(endReason).sort());
    expect(Object.keys(SPANISH_RELATION).sort()).toEqual(literalsOf(relation).sort());
    for (const [code, text] of Object.entries(SPANISH_RELATION)) expect(text.trim(), code).not.toBe('');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFiles, en, es, type Catalog } from './catalogs';

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
    expect(names(catalogFiles.es)).toEqual(names(catalogFiles.en));
    const owners = new Map<string, string>();
    for (const [file, catalog] of Object.entries(catalogFiles.en)) {
      for (const key of Object.keys(catalog)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${file}`).toBeUndefined();
        owners.set(key, file);
      }
    }
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
    for (const role of [
      'state_admin',
      'state_consultant',
      'region_director',
      'ir_manager',
      'data_specialist',
      'recruiter',
      'reviewer',
      'district_staff',
    ])
      expect(english.has(`roles.${role}`), role).toBe(true);
    for (const sex of ['female', 'male', 'nonbinary', 'not_reported'])
      expect(english.has(`child.sexes.${sex}`), sex).toBe(true);
    for (const action of ['create', 'update', 'delete'])
      expect(english.has(`audit.actions.${action}`), action).toBe(true);
  });
});

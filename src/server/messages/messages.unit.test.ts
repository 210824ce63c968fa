import { describe, expect, it } from 'vitest';
import { scanServerMessages } from '../../../tests/support/server-message-sources';
import englishFields from '../../web/i18n/en/fields.json';
import { SPANISH_MESSAGES } from './es';
import { composed } from './es/composed';
import { framework } from './es/framework';
import { languageOfRequest, translateError, translateMessage } from './translate';

const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

/**
 * A template's shape: its text with every value as `{}`. The source names a value after what it
 * interpolates (`{MAX_NOTE_LENGTH}`, `{limit}`); the catalog names it as it likes, so one entry
 * serves every message of the same shape.
 */
const shapeOf = (template: string): string => template.replace(/\{\w+\}/g, '{}');

describe('the Spanish catalog of server messages', () => {
  const scanned = scanServerMessages(process.cwd());
  const catalogShapes = new Set(Object.keys(SPANISH_MESSAGES).map(shapeOf));

  it('has a Spanish text for every message the source can answer with', () => {
    const missing = scanned.messages
      .filter(({ template }) => !catalogShapes.has(shapeOf(template)))
      .map(({ template, where }) => `${where}: ${JSON.stringify(template)}`);
    expect([...new Set(missing)]).toEqual([]);
    expect(scanned.messages.length).toBeGreaterThan(300);
  }, 120_000);

  it('holds no entry the source no longer uses', () => {
    const used = new Set(
      [...scanned.messages.map((m) => m.template), ...Object.keys(framework), ...Object.keys(composed)].map(
        shapeOf,
      ),
    );
    expect(Object.keys(SPANISH_MESSAGES).filter((english) => !used.has(shapeOf(english)))).toEqual([]);
  });

  it('holds one entry for each shape (two would be the same pattern, one never used)', () => {
    const byShape = new Map<string, string[]>();
    for (const english of Object.keys(SPANISH_MESSAGES))
      byShape.set(shapeOf(english), [...(byShape.get(shapeOf(english)) ?? []), english]);
    expect([...byShape.values()].filter((entries) => entries.length > 1)).toEqual([]);
  });

  it('has a label in the web app for every field a message names', () => {
    const labels = new Set(Object.keys(englishFields.fields.names));
    const unlabelled = [...scanned.fields]
      .filter((field) => !/\.(json|csv|xlsx)$/.test(field))
      .map((field) => (field.split('.').pop() ?? '').replace(/\[\]$/, ''))
      .filter((name) => /^[a-z][A-Za-z]*$/.test(name) && !labels.has(name));
    expect([...new Set(unlabelled)]).toEqual([]);
  });

  it('places the same values in the Spanish as the English names', () => {
    const wrong = Object.entries(SPANISH_MESSAGES).filter(
      ([english, spanish]) => placeholdersOf(english).join() !== placeholdersOf(spanish).join(),
    );
    expect(wrong).toEqual([]);
  });
});

describe('translating a message', () => {
  it('reads the language of a request from accept-language, English by default', () => {
    expect(languageOfRequest('es')).toBe('es');
    expect(languageOfRequest('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(languageOfRequest('en-US,es;q=0.5')).toBe('en');
    expect(languageOfRequest('fr-FR, es;q=0.3')).toBe('es');
    expect(languageOfRequest('fr')).toBe('en');
    expect(languageOfRequest(undefined)).toBe('en');
    expect(languageOfRequest('es;q=0')).toBe('en');
  });

  it('fills the Spanish with the values of the English', () => {
    expect(translateMessage('must be at most 200 characters long', 'es')).toBe(
      'debe tener como máximo 200 caracteres',
    );
    expect(translateMessage('must be at most 200 characters long', 'en')).toBe(
      'must be at most 200 characters long',
    );
    expect(translateMessage('2026-01-02 is before the service starts (2026-02-01)', 'es')).toBe(
      '2026-01-02 es anterior al inicio del servicio (2026-02-01)',
    );
  });

  it('translates a value that is itself a message, and keeps an unknown message as written', () => {
    expect(translateMessage('Rate limit exceeded, retry in 1 minute', 'es')).toBe(
      'Demasiadas solicitudes; inténtelo de nuevo en 1 minuto',
    );
    expect(translateMessage('a message nobody wrote', 'es')).toBe('a message nobody wrote');
    expect(translateMessage('definition: dashboardYear: is required (and 8 more problems)', 'es')).toBe(
      'definition: dashboardYear: es obligatorio (y 8 problemas más)',
    );
  });

  it('joins a message of problems again from the translated problems', () => {
    const problems = [
      { field: 'birthDate', message: 'is required' },
      { field: 'districtId', message: 'must be an id as Ciclo writes it (a UUID)' },
    ];
    const joined = 'birthDate: is required; districtId: must be an id as Ciclo writes it (a UUID)';
    expect(translateError(joined, problems, 'es')).toEqual({
      message:
        'birthDate: es obligatorio; districtId: debe ser un identificador como lo escribe Ciclo (un UUID)',
      problems: [
        { field: 'birthDate', message: 'es obligatorio' },
        { field: 'districtId', message: 'debe ser un identificador como lo escribe Ciclo (un UUID)' },
      ],
    });
    expect(translateError('No such child.', [{ field: 'id', message: 'is stale' }], 'es').message).toBe(
      'No existe ese niño.',
    );
  });
});

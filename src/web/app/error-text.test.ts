import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enFields from '../i18n/en/fields.json';
import esFields from '../i18n/es/fields.json';
import { errorText, fieldLabel, problemText, readableMessage } from './error-text';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: {
      en: { translation: { ...enFields, errors: { generic: 'Something went wrong.' } } },
      es: { translation: esFields },
    },
    interpolation: { escapeValue: false },
  });
});

describe('an error of the server in words', () => {
  it('labels a field as the forms do, an item of a list by its number', () => {
    const t = i18n.getFixedT('en');
    expect(fieldLabel('districtId', t)).toBe('District');
    expect(fieldLabel('children[0].birthDate', t)).toBe('Child 1 · Date of birth');
    expect(fieldLabel('mpos[2].growth.points', t)).toBe('MPO 3 · Points');
    expect(fieldLabel('unheardOf[1].someField', t)).toBe('Unheard of, no. 2 · Some field');
    expect(fieldLabel('assessments.csv, line 3', t)).toBe('assessments.csv, line 3');
    expect(fieldLabel('definition: priorityAreas[1].id', t)).toBe(
      'Definition · Priority areas, no. 2 · Record',
    );
    expect(i18n.getFixedT('es')('fields.names.birthDate')).toBe('Fecha de nacimiento');
    expect(fieldLabel('children[0].birthDate', i18n.getFixedT('es'))).toBe('Niño 1 · Fecha de nacimiento');
  });

  it('writes the problems of a reply with labels, never the schema path', () => {
    const t = i18n.getFixedT('es');
    const problems = [
      { field: 'moves[0].date', message: 'debe ser una fecha escrita AAAA-MM-DD' },
      { field: 'districtId', message: 'es obligatorio' },
    ];
    const joined = 'moves[0].date: debe ser una fecha escrita AAAA-MM-DD; districtId: es obligatorio';
    expect(readableMessage(joined, problems, t)).toBe(
      'Mudanza 1 · Fecha: debe ser una fecha escrita AAAA-MM-DD; Distrito: es obligatorio',
    );
    expect(problemText(problems[1]!, t)).toBe('Distrito: es obligatorio');
    expect(readableMessage('version: alguien más cambió este COE; vuelva a cargarlo', [], t)).toBe(
      'Este registro: alguien más cambió este COE; vuelva a cargarlo',
    );
    expect(readableMessage('definition: dashboardYear: es obligatorio (y 8 problemas más)', [], t)).toBe(
      'Definición · Año del Dashboard: es obligatorio (y 8 problemas más)',
    );
    expect(readableMessage('No hay ningún COE con ese identificador.', [], t)).toBe(
      'No hay ningún COE con ese identificador.',
    );
    expect(errorText(new TypeError('Failed to fetch'), i18n.getFixedT('en'))).toBe('Something went wrong.');
  });
});

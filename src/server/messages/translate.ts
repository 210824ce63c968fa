/**
 * The server's messages in the language of the request. Every message the server writes is
 * English in the code; the Spanish catalog (./es) holds, for each English template, its
 * Spanish text. A template writes each interpolated value (a date, a limit, a name) as
 * `{name}`, and the Spanish text places the same names where Spanish puts them. A value that
 * is itself a message of the catalog (a reason inside a sentence) is translated too.
 * Which templates exist is checked against the source by messages.unit.test.ts.
 */
import type { FieldProblem } from '../../core/common/domain-error';
import { SPANISH_MESSAGES } from './es';

export type MessageLanguage = 'en' | 'es';

/**
 * The language of a request from its `accept-language` header (the web app sends the
 * language its pages are in): Spanish when Spanish is preferred over English, else English.
 */
export function languageOfRequest(header: string | string[] | undefined): MessageLanguage {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { language: MessageLanguage; quality: number } | undefined;
  for (const part of text.split(',')) {
    const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'en' && language !== 'es') continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(quality) || quality <= 0) continue;
    if (!best || quality > best.quality) best = { language, quality };
  }
  return best?.language ?? 'en';
}

interface CompiledTemplate {
  english: string;
  spanish: string;
  pattern: RegExp;
  names: string[];
  /** The text before the first and after the last placeholder: a cheap test before the pattern. */
  prefix: string;
  suffix: string;
  /** Letters outside placeholders: the more, the more specific the template. */
  weight: number;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(english: string, spanish: string): CompiledTemplate {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const match of english.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(english.slice(last, match.index));
    source += '([\\s\\S]*?)';
    names.push(match[1] ?? '');
    last = (match.index ?? 0) + match[0].length;
  }
  source += escapeRegExp(english.slice(last));
  return {
    english,
    spanish,
    pattern: new RegExp(`^${source}$`),
    names,
    prefix: english.slice(0, english.indexOf('{')),
    suffix: english.slice(last),
    weight: english.replace(PLACEHOLDER, '').length,
  };
}

const exact = new Map<string, string>();
const templates: CompiledTemplate[] = [];
for (const [english, spanish] of Object.entries(SPANISH_MESSAGES)) {
  if (english.match(PLACEHOLDER)) templates.push(compile(english, spanish));
  else exact.set(english, spanish);
}
templates.sort((a, b) => b.weight - a.weight);

/** The Spanish of one English message, or undefined when the catalog has none. */
function spanishOf(message: string, depth: number): string | undefined {
  const known = exact.get(message);
  if (known !== undefined) return known;
  if (depth > 5) return undefined;
  for (const template of templates) {
    if (!message.startsWith(template.prefix) || !message.endsWith(template.suffix)) continue;
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values = new Map<string, string>();
    template.names.forEach((name, index) => {
      const value = match[index + 1] ?? '';
      values.set(name, spanishOf(value, depth + 1) ?? value);
    });
    return template.spanish.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
  }
  return undefined;
}

/** A message in `language`: the catalog's Spanish, or the English as written when it has none. */
export function translateMessage(message: string, language: MessageLanguage): string {
  if (language === 'en') return message;
  return spanishOf(message, 0) ?? message;
}

export function translateProblems(problems: FieldProblem[], language: MessageLanguage): FieldProblem[] {
  return problems.map(({ field, message }) => ({ field, message: translateMessage(message, language) }));
}

/** How a top-level message lists its problems (`field: message; field: message`). */
export function joinProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}

/**
 * An error reply's message and problems in `language`. A message that only joins its problems
 * is joined again from the translated problems.
 */
export function translateError(
  message: string,
  problems: FieldProblem[] | undefined,
  language: MessageLanguage,
): { message: string; problems?: FieldProblem[] } {
  if (!problems || problems.length === 0) return { message: translateMessage(message, language) };
  const translated = translateProblems(problems, language);
  const joined = message === joinProblems(problems);
  return {
    message: joined ? joinProblems(translated) : translateMessage(message, language),
    problems: translated,
  };
}

/**
 * An error of the server as a person reads it: each field the server names (`districtId`,
 * `children[0].birthDate`) written as the forms label it (`District`, `Child 1 · Date of
 * birth`) from the `fields` catalog, never as a schema path. The server already writes the
 * messages themselves in the language of the request (src/server/messages).
 */
import i18next, { type TFunction } from 'i18next';

interface Problem {
  field: string;
  message: string;
}

type Translate = TFunction | typeof i18next.t;

/** `camelCaseName` → `Camel case name`, for a field the catalog does not label. */
function inWords(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SEGMENT = /^([A-Za-z_][\w-]*)((?:\[\d+\])*)$/;

/** The label of an API field, as the forms write it. */
export function fieldLabel(field: string, t: Translate = i18next.t): string {
  // a field inside a document (`definition: priorityAreas[1].id`): each part by its label
  if (field.includes(': '))
    return field
      .split(': ')
      .map((part) => fieldLabel(part, t))
      .join(' · ');
  const segments = field.split('.');
  const parsed = segments.map((segment) => SEGMENT.exec(segment));
  // a file name, a line of an upload or the like: already words
  if (parsed.some((match) => !match)) return field;
  const name = (key: string): string => String(t(`fields.names.${key}`, { defaultValue: inWords(key) }));
  const parts: string[] = [];
  parsed.forEach((match, index) => {
    const [, key = '', indices = ''] = match ?? [];
    const numbers = [...indices.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1);
    const last = index === parsed.length - 1;
    if (numbers.length > 0) {
      const n = numbers.join('.');
      parts.push(
        String(
          t(`fields.items.${key}`, {
            n,
            defaultValue: String(t('fields.item', { label: name(key), n })),
          }),
        ),
      );
    } else if (last || parsed.length === 1) {
      parts.push(name(key));
    }
  });
  return parts.join(' · ') || name(field);
}

/** One problem as `<label>: <message>`. */
export function problemText(problem: Problem, t: Translate = i18next.t): string {
  return String(t('fields.problem', { label: fieldLabel(problem.field, t), message: problem.message }));
}

/**
 * The text of an error reply: a message that only joins its problems is joined again with
 * labels; a message that starts with a field (`version: someone else changed …`) gets the
 * field's label; any other message is the server's, as written.
 */
export function readableMessage(message: string, problems: Problem[], t: Translate = i18next.t): string {
  if (problems.length > 0 && message === problems.map((p) => `${p.field}: ${p.message}`).join('; '))
    return problems.map((p) => problemText(p, t)).join('; ');
  const leading = /^((?:[A-Za-z_][\w.[\]-]*: )*[A-Za-z_][\w.[\]-]*): ([\s\S]+)$/.exec(message);
  if (leading?.[1] && leading[2]) return problemText({ field: leading[1], message: leading[2] }, t);
  return message;
}

/** Any error caught in the web app as text: the server's in words, anything else generic. */
export function errorText(error: unknown, t: Translate = i18next.t): string {
  if (error instanceof Error && 'problems' in error && 'status' in error) return error.message;
  return String(t('errors.generic'));
}

import { existsSync, readFileSync } from 'node:fs';
import { DomainError } from '../core/common/domain-error';

/** The bytes of a file a command was given, or a bad-input error naming `field` (the argument or option). */
export function readInputFile(file: string, field: string): Buffer {
  if (!existsSync(file)) throw DomainError.invalidField(field, `${file} does not exist`);
  return readFileSync(file);
}

/** The parsed JSON of a file a command was given, or a bad-input error naming `field`. */
export function readJsonFile(file: string, field: string): unknown {
  const bytes = readInputFile(file, field);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw DomainError.invalidField(field, `${file} is not JSON`);
  }
}

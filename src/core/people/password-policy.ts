/**
 * What a new password must be: long, not on a list of common passwords, not trivial, and not
 * the user's own email or name. One rule for the API and the CLI (NIST SP 800-63B §5.1.1.2:
 * check new passwords against lists of commonly used or compromised values, and against
 * context-specific words such as the user's name; no composition rules).
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;

/** Fewer different characters than this is trivial (`aaaaaaaaaaaa`, `abababababab`). */
const MIN_DISTINCT_CHARACTERS = 5;

/** zxcvbn-ts's list of the most common passwords (lower-case), maintained upstream. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary['passwords-common']);

/** Who the password is for: a password must not be made of these. */
export interface PasswordOwner {
  email: string;
  displayName: string;
}

/**
 * What is wrong with a new password, as messages to show after the field name `password`;
 * empty when it is acceptable.
 */
export function findPasswordProblems(password: string, owner: PasswordOwner): string[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [`must be at least ${MIN_PASSWORD_LENGTH} characters`];
  const lower = password.toLowerCase();
  const compact = lower.replace(/[\s\p{P}\p{S}]/gu, '');
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS || isSequence(compact)) {
    return ['is too easy to guess: use a few unrelated words'];
  }
  if (isCommon(lower) || isCommon(compact))
    return ['is a common password: choose one that is not on such lists'];
  if (containsOwnerWords(compact, owner)) return ['must not contain your email or name'];
  return [];
}

/** Whether the password, or its stem without trailing digits and symbols (`password1234`), is a common one. */
function isCommon(lower: string): boolean {
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const bare = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  return COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem) || COMMON_PASSWORDS.has(bare);
}

/** Whether every character follows the previous one by the same step of one (`123456789012`, `abcdefghijkl`). */
function isSequence(text: string): boolean {
  if (text.length < 3) return true;
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  return codes.every((code, i) => {
    if (i === 0) return true;
    const step = code - codes[i - 1]!;
    return step === 1 || step === -1 || (step === -9 && code === 48) || (step === 9 && code === 57);
  });
}

function containsOwnerWords(compact: string, owner: PasswordOwner): boolean {
  const email = owner.email.trim().toLowerCase();
  const words = [
    email,
    email.split('@')[0] ?? '',
    owner.displayName.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''),
    ...owner.displayName.toLowerCase().split(/[\s\p{P}]+/u),
  ]
    .map((word) => word.replace(/[\s\p{P}\p{S}]/gu, ''))
    .filter((word) => word.length >= 4);
  return words.some((word) => compact.includes(word));
}

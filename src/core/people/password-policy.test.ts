import { describe, expect, it } from 'vitest';
import { findPasswordProblems, MIN_PASSWORD_LENGTH } from './password-policy';

const owner = { email: 'ana.nunez@state.gov', displayName: 'Ana Núñez' };

describe('the password policy', () => {
  it.each([
    ['a passphrase of unrelated words', 'a long passphrase', []],
    ['the demo password', 'ciclo-demo-2026', []],
    ['words with a name-like word that is not the owner', 'river Tomas lantern', []],
  ])('accepts %s', (_rule, password, expected) => {
    expect(findPasswordProblems(password, owner)).toEqual(expected);
  });

  it.each([
    ['shorter than the minimum', 'short pass', `must be at least ${MIN_PASSWORD_LENGTH} characters`],
    ['one character repeated', 'aaaaaaaaaaaa', 'is too easy to guess'],
    ['twelve spaces', ' '.repeat(12), 'is too easy to guess'],
    ['two characters alternating', 'abababababab', 'is too easy to guess'],
    ['a run of digits', '123456789012', 'is too easy to guess'],
    ['a run of letters', 'abcdefghijkl', 'is too easy to guess'],
    ['a common password with digits after it', 'password1234', 'is a common password'],
    ['a common password in capitals', 'QWERTYUIOP123', 'is a common password'],
    ['a common password with symbols around it', '!!iloveyou!!', 'is a common password'],
    ['the email', 'ana.nunez@state.gov', 'must not contain your email or name'],
    ['the email name with digits', 'ana.nunez2026', 'must not contain your email or name'],
    ['the name', 'Ana Núñez 2026!', 'must not contain your email or name'],
  ])('refuses %s', (_rule, password, message) => {
    const problems = findPasswordProblems(password, owner);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

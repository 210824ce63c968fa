/**
 * The state's eligibility settings as an administrator writes them (FORMAT.md "Settings"):
 * checked against the contract's schema, each problem naming its field.
 */
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { DomainError } from '../common/domain-error';
import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  resolveSettings,
  type EligibilitySettings,
} from './eligibility-settings';
import { EligibilitySettingsSchema } from './interview-schema';

const checkSettings = TypeCompiler.Compile(EligibilitySettingsSchema);

/** California's values with the given ones in their place; refuses unknown fields and bad values. */
export function parseEligibilitySettings(input: unknown): EligibilitySettings {
  if (!checkSettings.Check(input)) {
    const problems = [...checkSettings.Errors(input)].slice(0, 20).map((error) => ({
      field: error.path.replace(/^\//, '').replace(/\//g, '.') || 'settings',
      message: error.message,
    }));
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }
  return resolveSettings(CALIFORNIA_ELIGIBILITY_SETTINGS, input);
}

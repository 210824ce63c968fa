import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/common/domain-error';
import { staleSetting } from '../../data/repositories/state-settings.repository';
import { saveAtVersionRead } from './eligibility-settings';

describe('ciclo settings saves at the version it just read', () => {
  it('gives what the save gives', async () => {
    expect(await saveAtVersionRead(async () => 'saved')).toBe('saved');
  });

  it('says plainly that someone saved in between, and that nothing was saved', async () => {
    const refused = saveAtVersionRead(async () => {
      throw staleSetting();
    });
    await expect(refused).rejects.toThrow(
      new DomainError(
        'conflict',
        'someone else changed these settings while this command ran; nothing was saved: run it again',
      ),
    );
  });

  it('lets any other refusal through as it is', async () => {
    const invalid = DomainError.invalidField('days', 'must be a whole number of days from 1 to 90');
    await expect(
      saveAtVersionRead(async () => {
        throw invalid;
      }),
    ).rejects.toBe(invalid);
  });
});

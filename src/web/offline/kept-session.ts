import type { SessionReply } from '../app/session';
import { dropFromDevice, keepOnDevice, readFromDevice } from './device-store';

/**
 * The signed-in user as last answered, sealed on the device, so that the app opens without a
 * network on the recruiter's own interviews (the server still decides every request once it
 * is reached). Forgotten at sign-out with everything else (eraseDevice).
 */
const NAME = 'session';

export function keepSession(reply: SessionReply): Promise<void> {
  return keepOnDevice(NAME, reply);
}

export function readKeptSession(): Promise<SessionReply | undefined> {
  return readFromDevice<SessionReply>(NAME);
}

export function forgetSession(): Promise<void> {
  return dropFromDevice(NAME);
}

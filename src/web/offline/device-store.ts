import { clear, createStore, del, entries, get, set } from 'idb-keyval';

/**
 * Records kept on this device between visits (interview drafts), in IndexedDB, each sealed
 * with AES-GCM under a key made on this device: the key is non-extractable (the page can use
 * it but never read it out), kept in a store of its own, and dropped with every record when
 * the recruiter signs out or the state's keeping period has passed (`eraseDevice`). A record
 * copied off the device without its key is unreadable.
 */
const records = createStore('ciclo-device', 'records');
const keys = createStore('ciclo-device-key', 'keys');
const KEY = 'aes-gcm';

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
  /** When it was sealed (ms since the epoch), for the keeping period. */
  savedAt: number;
}

let sealingKey: Promise<CryptoKey> | null = null;

function deviceKey(): Promise<CryptoKey> {
  sealingKey ??= (async () => {
    const kept = await get<CryptoKey>(KEY, keys);
    if (kept) return kept;
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await set(KEY, made, keys);
    return made;
  })();
  sealingKey.catch(() => (sealingKey = null));
  return sealingKey;
}

/** Seal `value` (anything JSON can hold) and keep it under `name`. */
export async function keepOnDevice(name: string, value: unknown, now = Date.now()): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await deviceKey(), plain);
  await set(name, { iv, data, savedAt: now } satisfies Sealed, records);
}

async function open<T>(sealed: Sealed): Promise<T | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv },
      await deviceKey(),
      sealed.data,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    // sealed under a key since erased: unreadable, as meant
    return undefined;
  }
}

/** The record kept under `name`, opened; undefined when there is none (or it cannot be opened). */
export async function readFromDevice<T>(name: string): Promise<T | undefined> {
  const sealed = await get<Sealed>(name, records);
  return sealed ? open<T>(sealed) : undefined;
}

/** Every record whose name starts with `prefix`, opened. */
export async function readAllFromDevice<T>(prefix: string): Promise<T[]> {
  const found: T[] = [];
  for (const [name, sealed] of await entries<IDBValidKey, Sealed>(records)) {
    if (typeof name !== 'string' || !name.startsWith(prefix)) continue;
    const value = await open<T>(sealed);
    if (value !== undefined) found.push(value);
  }
  return found;
}

export async function dropFromDevice(name: string): Promise<void> {
  await del(name, records);
}

/** Drop the records sealed before `before` (ms since the epoch): the state's keeping period is over. */
export async function dropOlderThan(before: number): Promise<void> {
  for (const [name, sealed] of await entries<IDBValidKey, Sealed>(records)) {
    if (sealed.savedAt < before) await del(name, records);
  }
}

/** Erase every record and the key they were sealed with (at sign-out). */
export async function eraseDevice(): Promise<void> {
  sealingKey = null;
  await clear(records);
  await clear(keys);
}

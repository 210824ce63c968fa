/**
 * The language this device last showed, and whether it was chosen on the sign-in page. A
 * choice made there, before anyone is signed in, is kept on the device and becomes the
 * account's language when someone signs in (SignInPage); otherwise an account keeps the
 * language its user last chose, and the device only remembers it for the next sign-in page.
 */
const KEY = 'ciclo.language';
/** Follows the language in the cookie while a choice made on the sign-in page waits for a sign-in. */
const CHOSEN_MARK = '.chosen';

export type DeviceLanguage = 'en' | 'es';

interface Remembered {
  language: DeviceLanguage;
  chosenAtSignIn: boolean;
}

function read(): Remembered | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    if (value?.language === 'en' || value?.language === 'es')
      return { language: value.language, chosenAtSignIn: value.chosenAtSignIn === true };
  } catch {
    // no storage (a private window) or something else under the key: nothing remembered
  }
  return undefined;
}

function write(value: Remembered): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // no storage: the choice lasts as long as the page
  }
  // The server draws the sign-in page in this language before the app's code arrives, and a
  // choice still to become the account's is marked, for a form sent before the app takes it
  // over (src/server/web-page.ts, LANGUAGE_COOKIE).
  if (typeof document !== 'undefined')
    document.cookie = `ciclo_language=${value.language}${value.chosenAtSignIn ? CHOSEN_MARK : ''}; path=/; max-age=31536000; samesite=lax`;
}

/** The language the sign-in page opens in, if this device has shown one. */
export function rememberedLanguage(): DeviceLanguage | undefined {
  return typeof localStorage === 'undefined' ? undefined : read()?.language;
}

/** A language chosen on the sign-in page, still to become the account's. */
export function languageChosenAtSignIn(): DeviceLanguage | undefined {
  const value = typeof localStorage === 'undefined' ? undefined : read();
  return value?.chosenAtSignIn ? value.language : undefined;
}

export function chooseLanguageAtSignIn(language: DeviceLanguage): void {
  write({ language, chosenAtSignIn: true });
}

/** The pages switched to `language` (a user's own, or their choice in the app). */
export function rememberLanguageShown(language: string): void {
  if (typeof localStorage === 'undefined' || (language !== 'en' && language !== 'es')) return;
  const value = read();
  // a choice on the sign-in page stays until someone signs in and takes it
  if (value?.chosenAtSignIn) return;
  write({ language, chosenAtSignIn: false });
}

/** The choice made on the sign-in page has become the account's. */
export function signInChoiceTaken(language: DeviceLanguage): void {
  write({ language, chosenAtSignIn: false });
}

/**
 * The sign-in form the server draws in HTML before the app's code has arrived
 * (src/server/sign-in-form-html.ts): someone on a slow phone may already be typing in it. The
 * app's sign-in page takes it over: it starts from what was typed, the language picked and the
 * error shown, removes the HTML form and puts the cursor where it was, in one step before the
 * screen is drawn again.
 */
export interface FirstPageSignIn {
  email: string;
  password: string;
  /** The language picked on the form. */
  language: 'en' | 'es';
  /** The language the form was drawn in. */
  shownLanguage: 'en' | 'es';
  /** Why a sign-in sent by the form before the app arrived was refused. */
  error: 'failed' | 'locked' | 'tooMany' | 'generic' | undefined;
  /** The field that has the focus, and the selection in it. */
  focus:
    | { field: 'email' | 'password' | 'language' | 'submit'; start: number | null; end: number | null }
    | undefined;
}

const element = () => (typeof document === 'undefined' ? null : document.getElementById('first-page'));

/** Whether the page came with the HTML sign-in form (the server found no session). */
export function hasFirstPageSignIn(): boolean {
  return element() !== null;
}

const asLanguage = (value: string | null | undefined) => (value === 'es' ? 'es' : 'en');

/** What the HTML sign-in form holds now, if it is still on the page. */
export function readFirstPageSignIn(): FirstPageSignIn | undefined {
  const root = element();
  const form = root?.querySelector('form');
  if (!root || !form) return undefined;
  const field = (name: string) => form.elements.namedItem(name);
  const text = (name: string) => {
    const input = field(name);
    return input instanceof HTMLInputElement ? input.value : '';
  };
  const checked = form.querySelector<HTMLInputElement>('input[name="language"]:checked');
  const active = document.activeElement;
  let focus: FirstPageSignIn['focus'];
  if (active instanceof HTMLElement && form.contains(active)) {
    const name = active instanceof HTMLButtonElement ? 'submit' : (active as HTMLInputElement).name;
    if (name === 'email' || name === 'password' || name === 'language' || name === 'submit') {
      const input = active instanceof HTMLInputElement ? active : undefined;
      // an email field has no selection to read (it throws on selectionStart in some browsers)
      const selection = (key: 'selectionStart' | 'selectionEnd') => {
        try {
          return input?.[key] ?? null;
        } catch {
          return null;
        }
      };
      focus = { field: name, start: selection('selectionStart'), end: selection('selectionEnd') };
    }
  }
  const error = root.dataset.error;
  return {
    email: text('email'),
    password: text('password'),
    language: asLanguage(checked?.value ?? root.dataset.language),
    shownLanguage: asLanguage(root.dataset.language),
    error:
      error === 'failed' || error === 'locked' || error === 'tooMany' || error === 'generic'
        ? error
        : undefined,
    focus,
  };
}

/** The app's sign-in page is drawn: the HTML form goes. */
export function removeFirstPageSignIn(): void {
  element()?.remove();
}

import enShell from '../web/i18n/en/shell.json';
import esShell from '../web/i18n/es/shell.json';

export type PageLanguage = 'en' | 'es';

/** Why the last sign-in through the HTML form failed, as `?signIn=` names it. */
export type SignInFormError = 'failed' | 'locked' | 'tooMany' | 'generic';

const TEXTS = { en: enShell, es: esShell };

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The sign-in form drawn in HTML, in the page the server sends to someone signed out, so a
 * phone can show it and take typing before the app's code has arrived (on a slow network,
 * seconds later). It looks like the app's sign-in page and uses the app's own catalog texts;
 * the app takes it over keeping what was typed and where the cursor was (src/web/app/first-page.ts).
 * Sent before the app has arrived, it posts to POST /sign-in (src/server/web-page.ts), which
 * signs in without the app. Its styles are in the page (the content security policy allows
 * inline styles, never inline scripts) and use Mantine's variables from the app's stylesheet.
 */
export function signInFormHtml(
  language: PageLanguage,
  /** `chosen`: the language was chosen on this device's sign-in page, still to become the account's. */
  options: { error?: SignInFormError; to: string; chosen?: boolean },
): string {
  const t = TEXTS[language];
  const error = options.error
    ? options.error === 'generic'
      ? t.errors.generic
      : t.signIn[options.error]
    : undefined;
  const choice = (value: PageLanguage, label: string) =>
    `<input type="radio" id="first-page-language-${value}" name="language" value="${value}"${value === language ? ' checked' : ''}>` +
    `<label for="first-page-language-${value}">${label}</label>`;
  return `<div id="first-page" data-language="${language}"${options.error ? ` data-error="${options.error}"` : ''}>
<style>${STYLES}</style>
<main class="fp-main"><form class="fp-card" method="post" action="/sign-in" novalidate>
<h1>Ciclo</h1>
<p>${escapeHtml(t.signIn.intro)}</p>
<div class="fp-languages" role="radiogroup" aria-label="${escapeHtml(t.nav.language)}">${choice('en', 'English')}${choice('es', 'Español')}</div>
<input type="hidden" name="shown" value="${language}">${options.chosen ? '<input type="hidden" name="chosen" value="yes">' : ''}
<input type="hidden" name="to" value="${escapeHtml(options.to)}">
<label for="first-page-email">${escapeHtml(t.signIn.email)}<span aria-hidden="true"> *</span></label>
<input id="first-page-email" name="email" type="email" autocomplete="username" required>
<label for="first-page-password">${escapeHtml(t.signIn.password)}<span aria-hidden="true"> *</span></label>
<input id="first-page-password" name="password" type="password" autocomplete="current-password" required>
${error ? `<div class="fp-alert" role="alert">${escapeHtml(error)}</div>` : ''}
<button type="submit">${escapeHtml(t.signIn.submit)}</button>
</form></main>
</div>`;
}

/** The look of the app's sign-in page (Mantine's Paper, inputs, segmented control and button), drawn before the app's stylesheet has arrived. */
const STYLES = `
#first-page:not([hidden]) ~ #root { display: none; }
body { margin: 0; }
.fp-main { min-height: 100vh; display: flex; align-items: center; justify-content: center; padding: 16px; box-sizing: border-box; }
.fp-card { width: 100%; max-width: 400px; box-sizing: border-box; padding: 20px; border: 1px solid var(--mantine-color-gray-3, #dee2e6); border-radius: 8px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.05), 0 10px 15px -5px rgba(0,0,0,.05); display: flex; flex-direction: column; gap: 16px; font-family: var(--mantine-font-family, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif); color: #000; }
.fp-card h1 { margin: 0; font-size: 26px; line-height: 1.35; }
.fp-card p { margin: 0; font-size: 14px; line-height: 1.55; }
.fp-card label { font-size: 14px; font-weight: 500; margin-bottom: -14px; }
.fp-card label span { color: var(--mantine-color-red-8, #e03131); }
.fp-card input[type=email], .fp-card input[type=password] { font: inherit; font-size: 14px; height: 36px; padding: 0 12px; border: 1px solid #ced4da; border-radius: 8px; }
.fp-card input:focus-visible, .fp-card button:focus-visible, .fp-languages input:focus-visible + label { outline: 2px solid #066649; outline-offset: 2px; }
.fp-languages { display: flex; padding: 4px; background: #f1f3f5; border-radius: 8px; }
.fp-languages input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.fp-languages label { flex: 1; margin: 0; text-align: center; font-size: 12px; padding: 2px 8px; border-radius: 6px; cursor: pointer; color: #343a40; }
.fp-languages input:checked + label { background: #fff; color: #000; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
.fp-alert { padding: 12px 16px; border-radius: 8px; background: #fff5f5; border-left: 4px solid #c92a2a; font-size: 14px; }
.fp-card button { font: inherit; font-size: 14px; font-weight: 600; height: 36px; border: 0; border-radius: 8px; background: #066649; color: #fff; cursor: pointer; }
`;

import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { rememberedLanguage, rememberLanguageShown } from '../app/device-language';
import { readFirstPageSignIn } from '../app/first-page';
import { en, loadCatalog } from './catalogs';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A catalog not in the bundle (Spanish) is fetched the first time its language is chosen. */
const catalogsOnDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    loadCatalog(language).then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * The language this device last showed (or chose at sign-in), else the one the server drew
 * the sign-in form in (from the same choice, kept in a cookie, or the browser's), else the browser's.
 */
const initialLanguage: Language =
  rememberedLanguage() ??
  readFirstPageSignIn()?.shownLanguage ??
  (navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en');

// Registered before init, which switches to a bundled language at once.
i18n.on('languageChanged', (language) => {
  document.documentElement.setAttribute('lang', language);
  rememberLanguageShown(language);
});

/**
 * Every string of the app comes from these catalogs (a unit test checks both are complete).
 * Until a chosen catalog has arrived, `useTranslation` suspends (App.tsx shows a loader) and
 * `changeLanguage` waits for it before switching.
 */
void i18n
  .use(catalogsOnDemand)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: initialLanguage,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });

export default i18n;

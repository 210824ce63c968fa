import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, es } from './catalogs';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every string of the app comes from these catalogs (a unit test checks both are complete). */
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));
document.documentElement.setAttribute('lang', i18n.language);

export default i18n;

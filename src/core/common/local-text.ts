/** A text in both languages of the app: the domain's own words (a task, an action) in English and Spanish. */
export interface LocalText {
  en: string;
  es: string;
}

/** The text in `language`: Spanish for `es`, English otherwise. */
export function inLanguage(text: LocalText, language: string): string {
  return language === 'es' ? text.es : text.en;
}

/** The language a visit opens in: `?lang=` if it names a deck language, else the deck's first language. */
export function initialLanguage(search: string, languages: readonly string[]): string {
  const asked = new URLSearchParams(search).get('lang');
  return asked !== null && languages.includes(asked) ? asked : languages[0]!;
}

/** The `lang` attribute of the page for each deck language. */
export const HTML_LANG: Record<string, string> = { zh: 'zh-CN', en: 'en' };

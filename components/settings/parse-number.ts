/** A number typed the French way (« 12,5 ») or the English way; null when it is not one. */
export function parseDecimal(input: string): number | null {
  const s = input.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Shown back in the user's language: « 12,5 » in French. */
export function formatDecimal(value: number, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}

/** "1 group", "2 groups", "1 excused absence", "3 excused absences"; `many` for irregular plurals ("medication-days"). */
export function plural(n: number, word: string, many?: string): string {
  const form = n === 1 ? word : (many ?? `${word}${/(s|x|ch|sh)$/.test(word) ? 'es' : 's'}`);
  return `${String(n)} ${form}`;
}

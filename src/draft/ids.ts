import { pinyin } from 'pinyin-pro';

/** Syllables an id keeps of a phrase: enough to recognise it, short enough to type. */
const SYLLABLES = 6;

/**
 * A measure's phrase as a lower-case id: its pinyin (高标准农田 → gao-biao-zhun-nong-tian),
 * digits and Latin letters kept, at most six syllables. The same phrase always gives the same id.
 */
export function slug(phrase: string): string {
  const syllables = pinyin(phrase, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/u))
    .filter((part) => part.length > 0);
  return syllables.slice(0, SYLLABLES).join('-');
}

/** Hands out ids, each once: a second `gdp-2022` becomes `gdp-2022-2`. */
export function idAllocator(taken: Iterable<string> = []): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n += 1) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

// Kebab-case ids for extracted people, organisations, quotes and facts, unique within their namespace.

/** Letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

export function slug(text: string, maxWords = 6): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øœæßđłþ]/g, (ch) => LETTERS[ch])
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join('-') || 'item';
}

/** Hands out ids, adding -2, -3… when one is taken. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

// British and American spellings of one word ("spiralling" and "spiraling", "defence" and "defense", "organise"
// and "organize", "colour" and "color", "centre" and "center", "dialogue" and "dialog"), written one way, so that
// a quotation in the draft's spelling matches the reference's words. Regular endings only: a key may join two
// rare different words ("prise", "prize"), never a word with itself in the other spelling left apart.

/** Shorter words are left as they are: "four" is no "for", "hour" no "hor". */
const SHORTEST = 5;

const RULES: [RegExp, string][] = [
  // A final l doubled before an ending in British spelling, after a word of two syllables at least ("travelled",
  // "spiralling"; not "filled", "called").
  [/([aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/(?<=[a-z]{2})our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])re(s)?$/, '$1er$2'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
];

/** The word's spelling key: the same for its British and American spellings. */
export function spellingKey(norm: string): string {
  if (norm.length < SHORTEST) return norm;
  let key = norm;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

// Whether a name the reference does not know is a news outlet's, for rules that judge a telling by whom it was told
// to alone: "Kurt Campbell told Reuters" is an interview, "told Congress" or "told the Senate" is not.

/** Words that make a name a news medium's: "The Washington Post", "Sky News", "Radio Norte", "the Marina Times". */
const MEDIA_WORDS = new Set([
  'times', 'post', 'news', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'radio', 'television', 'tv', 'daily',
  'press', 'wire', 'gazette', 'observer', 'standard', 'chronicle', 'mail', 'express', 'independent', 'economist', 'magazine',
  'broadcasting', 'broadcast', 'network', 'channel', 'courier', 'review', 'monitor', 'insider', 'report', 'weekly', 'bulletin',
  'examiner', 'inquirer', 'globe', 'sun', 'star', 'mirror', 'register', 'dispatch', 'sentinel', 'gazzetta', 'zeitung', 'spiegel',
  'presse', 'monde', 'figaro', 'asahi', 'shimbun', 'podcast', 'online', 'media',
]);

/** Outlets known by a name with no such word: wire services, broadcasters' initials, news sites. */
const OUTLET_NAMES = new Set([
  'reuters', 'bloomberg', 'politico', 'axios', 'xinhua', 'cnn', 'npr', 'bbc', 'ap', 'afp', 'cbs', 'nbc', 'abc', 'fox', 'msnbc',
  'cnbc', 'sky', 'itv', 'pbs', 'dw', 'nhk', 'cgtn', 'rt', 'semafor', 'vox', 'slate', 'yonhap', 'kyodo', 'bernama',
  'caixin', 'nikkei', 'forbes', 'fortune', 'time', 'newsweek', 'atlantic', 'vice', 'buzzfeed', 'huffpost', 'propublica',
]);

/** The name (its words, lower-cased) has a word for a news medium, or is a known outlet's. */
export function isNewsOutletName(name: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && word !== 'the');
  return words.some((word) => MEDIA_WORDS.has(word)) || (words.length === 1 && OUTLET_NAMES.has(words[0]));
}

/** Outlets English names with "the" in running text, whatever a source article does ("told the BBC"). */
const OUTLETS_WITH_THE = new Set(['bbc', 'ap', 'associated press', 'guardian', 'economist', 'atlantic', 'new york times', 'washington post', 'wall street journal', 'financial times', 'times', 'telegraph', 'independent']);

/** The outlet's name takes "the" in running English ("the BBC", "the Guardian"; not "CNN", "Reuters"). */
export function outletTakesThe(name: string): boolean {
  return OUTLETS_WITH_THE.has(name.toLowerCase().replace(/^the\s+/u, ''));
}

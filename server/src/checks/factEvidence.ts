// The link from a date or number finding to the sentence of the reference article that states the fact.
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { EvidenceLink } from './finding';

export function factEvidence(reference: ReferenceIndex, fact: Fact): EvidenceLink {
  const { offset, text } = fact.evidence;
  return { start: offset, end: offset + text.length, articlePath: reference.loaded.articlePath, message: `${fact.description}: “${text}”` };
}

import type { DocumentAnalysis } from '../analysis/analyze';
import type { ReferenceIndex } from '../reference/index';
import type { Finding, Span } from './finding';

export interface CheckContext {
  analysis: DocumentAnalysis;
  reference: ReferenceIndex;
  /**
   * Says that the draft agrees with the reference at `span`: the rule compared what the draft says there with the
   * reference and would have reported the same span had they differed (all of it: a person's whole name, both
   * halves of a split quote). With several reference sets, a set that agrees where another reports is named as
   * having it as the draft does (sources.ts).
   */
  confirm(span: Span): void;
}

/** A rule: reads the analysis, returns findings. Rules never see the editor. */
export type Check = (context: CheckContext) => Finding[];

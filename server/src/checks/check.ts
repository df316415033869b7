import type { DocumentAnalysis } from '../analysis/analyze';
import type { ReferenceIndex } from '../reference/index';
import type { Finding } from './finding';

export interface CheckContext {
  analysis: DocumentAnalysis;
  reference: ReferenceIndex;
}

/** A rule: reads the analysis, returns findings. Rules never see the editor. */
export type Check = (context: CheckContext) => Finding[];

// The server's own additions to LSP, shared by the server and the VS Code client (constants and types only).
import type { ReferenceSet } from '../reference/types';

/** Server → client notification after each check of a document: drives the status bar. */
export const STATUS_NOTIFICATION = 'factcheck/status';

export type DocumentState =
  /** Checked against the reference sets named. */
  | 'checked'
  /** `factcheck.enable` is false for this document's folder. */
  | 'disabled'
  /** Larger than `factcheck.maxFileSize`. */
  | 'tooLarge'
  /** No reference set is in use (built-in turned off and no reference file loaded). */
  | 'noReference';

export interface StatusParams {
  uri: string;
  version: number;
  state: DocumentState;
  /** Names of the reference sets the document was checked against. */
  referenceSets: string[];
  /** Diagnostics shown for the document (after severity settings and suppression comments). */
  findings: number;
}

/** Client → server request: the reference sets used for a document (or, without uri, for any folder). */
export const REFERENCE_SETS_REQUEST = 'factcheck/referenceSets';

export interface ReferenceSetsParams {
  uri?: string;
}

export interface ReferenceSetInfo {
  name: string;
  /** Absolute path of the reference JSON file. */
  file: string;
  /** Absolute path of the source article. */
  articlePath: string;
}

/** workspace/executeCommand: applies every preferred fix in a document. Argument: {uri, version?}. */
export const FIX_ALL_COMMAND = 'factcheck.applyAllFixes';

export interface FixAllArguments {
  uri: string;
  /** The version the writer saw; when the document has moved on since, nothing is applied. */
  version?: number;
}

/** The code action kind of "fix all" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.factcheck';

/**
 * Client → server request: builds a reference set from an article, as `factcheck extract` does. The article is
 * read from disk (the set points at that file, so its offsets must be the saved text's).
 */
export const EXTRACT_REFERENCE_REQUEST = 'factcheck/extractReference';

export interface ExtractReferenceParams {
  /** The article, a file URI. */
  uri: string;
  /** Publication date, YYYY-MM-DD, when the article does not state one. */
  date?: string;
  /** The set's name; without it, the article's first sentence. */
  name?: string;
  /** Where the reference JSON will be saved: the set names its article relative to it. */
  outputUri: string;
}

export type ExtractReferenceResult =
  /** The set, and its JSON as it should be saved for review. */
  | { set: ReferenceSet; json: string }
  /** No set: why, for the writer; `needsDate` when a publication date (none, or a real one) would let it be built. */
  | { problem: string; needsDate: boolean };

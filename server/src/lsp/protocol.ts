// The server's own additions to LSP, shared by the server and the VS Code client (constants and types only).

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

/**
 * What reading a source (the git-integration folder, or the publish ARM template) gives: the artifacts, and what the
 * later phases need to know about how they were read.
 */
import type { AdfArtifact, ArtifactKind } from '#shared/adf/artifacts.js';
import type { SourceLocation } from '#shared/errors.js';
import type { DocumentPath } from '#shared/json-documents.js';
import type { Problem } from '../problems.js';

/** The notice for a file read without its UTF-8 byte order mark. */
export const BOM_NOTICE =
  'the file starts with a UTF-8 byte order mark, which ADF does not write; it was read without it';

export interface SourceRead {
  readonly artifacts: readonly AdfArtifact[];
  /** Things the user may want to know that are not errors (ignored folders and files). */
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
  /** Things the user should fix but that do not stop the deployment, each at its file and line. */
  readonly warnings?: readonly Problem[];
  /** Things done on the user's behalf worth knowing (a byte order mark dropped), each at its file. */
  readonly notices?: readonly Problem[];
  /**
   * Resources the source has but that could not be read (a file that is not JSON, a template resource whose name
   * cannot be evaluated): their problem is reported, and a reference to one of them is not reported again as
   * missing. `name` when it is known.
   */
  readonly unread?: readonly UnreadResource[];
  /** Values of the ARM template's secure parameters: secrets, masked before anything can print them. */
  readonly secrets?: readonly string[];
  /** Where an ARM template's secure parameter gives an artifact a value (arm-template.ts). */
  readonly secureValues?: readonly SecureValue[];
}

export interface UnreadResource {
  readonly kind: ArtifactKind;
  readonly name?: string;
}

/** A string of an artifact that takes its value from a secure template parameter. */
export interface SecureValue {
  readonly kind: ArtifactKind;
  readonly name: string;
  /** The string's path in the artifact's properties. */
  readonly path: DocumentPath;
  readonly parameter: string;
  /** The parameter's value is empty (`""`): an empty secret would be deployed unless an override replaces it. */
  readonly empty: boolean;
  /** What the string evaluated to (an override that replaces the string changes it). */
  readonly evaluated: unknown;
  /** Where the parameter's value is given (the parameters file entry, else the template's declaration). */
  readonly location: SourceLocation;
}

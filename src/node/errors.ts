import { ReturnLiabilityError } from '../errors.js';
import type { TextPosition } from './json-text.js';

/** Why a file could not be used. */
export type FileErrorCode = 'file_not_found' | 'file_unreadable' | 'invalid_json';

/**
 * A file could not be read, or is not valid JSON. `file` is the path as given; `line` and
 * `column` (1-based) locate a JSON syntax error.
 */
export class FileError extends ReturnLiabilityError {
  override readonly name = 'FileError' as const;
  override readonly code: FileErrorCode;
  /** The path as given by the caller (`<stdin>` for standard input). */
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(code: FileErrorCode, file: string, message: string, options: { position?: TextPosition; cause?: unknown } = {}) {
    const at = options.position === undefined ? file : `${file}:${options.position.line}:${options.position.column}`;
    super(code, `${at}: ${message}`, options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.file = file;
    this.line = options.position?.line;
    this.column = options.position?.column;
  }

  /** Is `value` a {@link FileError}? Works across realms, unlike `instanceof`. */
  static override is(value: unknown): value is FileError {
    return ReturnLiabilityError.is(value) && value.name === 'FileError';
  }
}

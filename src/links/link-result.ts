/** Why a pasted code or link was refused; the app turns each into a translated message. */
export type LinkErrorCode =
  | 'too-long'
  | 'not-a-code'
  | 'wrong-kind'
  | 'unsupported-version'
  | 'damaged'
  | 'cannot-open'
  | 'too-large';

export interface LinkError {
  code: LinkErrorCode;
}

export type LinkResult<T> = { ok: true; value: T } | { ok: false; error: LinkError };

/** The only error the link readers throw; decoders turn it into a result before returning. */
export class LinkFormatError extends Error {
  override readonly name = 'LinkFormatError';
  readonly code: LinkErrorCode;

  constructor(code: LinkErrorCode) {
    super(`Link refused: ${code}`);
    this.code = code;
  }
}

export function refuseLink<T>(code: LinkErrorCode): LinkResult<T> {
  return { ok: false, error: { code } };
}

/**
 * Runs a decoder so that it never throws: its own errors keep their code and anything else
 * (a Web Crypto or stream failure) becomes `fallback`, since hostile input can reach any branch.
 */
export async function decodeSafely<T>(
  decode: () => Promise<T>,
  fallback: LinkErrorCode = 'damaged',
): Promise<LinkResult<T>> {
  try {
    return { ok: true, value: await decode() };
  } catch (error) {
    return refuseLink(error instanceof LinkFormatError ? error.code : fallback);
  }
}

/** Why a request did not give us a usable document. Each maps to a report code. */
export type NetErrorCode =
  'network_error' | 'timeout' | 'private_network_blocked' | 'offline' | 'not_found' | 'too_large';

export class NetError extends Error {
  constructor(readonly code: NetErrorCode, readonly url: string, message: string, readonly httpStatus?: number) {
    super(message);
    this.name = 'NetError';
  }
}

export function isNetError(error: unknown): error is NetError {
  return error instanceof NetError;
}

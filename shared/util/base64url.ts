/**
 * base64url without padding (RFC 4648 §5), decoding also the standard alphabet and padding some
 * issuers use. Small on purpose: the Data Integrity path should not pull in a JOSE library.
 */
export function decodeBase64url(text: string): Uint8Array {
  const normalised = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if(/[^A-Za-z0-9+/]/.test(normalised) || normalised.length % 4 === 1) {
    throw new TypeError('not base64url');
  }
  const binary = atob(normalised + '='.repeat((4 - normalised.length % 4) % 4));
  return Uint8Array.from(binary, char => char.charCodeAt(0));
}

export function encodeBase64url(bytes: Uint8Array): string {
  let binary = '';
  for(const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import canonicalize from 'canonicalize';

/**
 * sha-256 (hex) of the canonical JSON (RFC 8785) of a document: the same rule set gives the same
 * digest whatever its key order or whitespace. Synchronous and free of `node:crypto`, so it runs in
 * browsers too.
 */
export function digestOf(document: unknown): string {
  const canonical = canonicalize(document);
  if (canonical === undefined) throw new TypeError('document cannot be represented as JSON');
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

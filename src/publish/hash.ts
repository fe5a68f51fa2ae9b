// SHA-256 of published bytes, hex; WebCrypto's digest runs off the main thread, so it overlaps with rasterising.
import { webcrypto } from 'node:crypto';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}

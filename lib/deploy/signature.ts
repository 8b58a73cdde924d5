import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Requests to a serving platform are signed as GitHub signs webhook deliveries: an HMAC-SHA256 of
 * the exact body bytes with a shared secret, hex, in `X-Trainyard-Signature-256: sha256=<hex>`.
 * The platform recomputes it over the body it received and compares in constant time.
 */
export const SIGNATURE_HEADER = "X-Trainyard-Signature-256";

export function signBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** What a receiving platform does (also used by Trainyard's tests of the http target). */
export function verifySignature(secret: string, body: string | Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

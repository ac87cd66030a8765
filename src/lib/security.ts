/**
 * The Content-Security-Policy and hardening headers, in one place: sent as
 * the host files (src/lib/hosting.ts), written into every page as a <meta> so
 * they hold on any host.
 */

/**
 * Only this site's own files: no inline script or style, no third party.
 * Pagefind's search runs WebAssembly ('wasm-unsafe-eval' allows compiling it,
 * not eval of JavaScript) in a worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Headers for every response of a static host. No `upgrade-insecure-requests`:
 * every address the pages load is relative, so on https it changes nothing,
 * while on a plain-http staging or preview host it sent the browser to https
 * for the stylesheet and scripts and left the pages bare (Strict-Transport-Security
 * moves readers of the real https site to https instead).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

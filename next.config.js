// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pino', 'prom-client'],
  poweredByHeader: false,
  // The custom server compresses, after giving each page its Content-Security-Policy nonce
  // (server/content-security.ts): it must see the markup Next.js writes.
  compress: false,
  // The server keeps whole public pages itself (server/page-cache.ts), emptied on every change;
  // a second copy in Next's own memory cache would only double the memory they take.
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  experimental: {
    // Pages rendered on demand are cached in memory only: the cache then always belongs to the
    // database this process opened, and a restart cannot serve pages of another database.
    isrFlushToDisk: false,
    // What the forms need, with room for a long paste to reach the form's own friendly message
    // (a description has at most 5,000 characters). The server answers anything larger with a
    // 413 before Next.js reads it (server/action-guard.ts).
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // A page this site opens, or that opens it, gets no handle on the other window.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;

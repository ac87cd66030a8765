/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Tests of the built site read dist/; the setup builds it first when it is missing or older than the sources.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    // Builds made by tests are previews (http://localhost:4321) unless a test sets an origin itself.
    env: { ARCHIVE_ORIGIN: '' },
  },
});

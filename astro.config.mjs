// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/integrations/site-config.ts';

// The whole configuration is in src/integrations/site-config.ts, shared with `npm run build` (scripts/build.ts).
export default defineConfig(siteConfig());

// Builds the API into dist/apps/api/main.js (see esbuild-node.mjs for why this bundler setup).
import { bundleNode } from './esbuild-node.mjs';

await bundleNode({ entry: 'apps/api/src/main.ts', outfile: 'dist/apps/api/main.js' });
console.log('Built dist/apps/api/main.js');

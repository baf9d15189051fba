// Vite config for the web app. Run from the workspace root: `vite build -c apps/web/vite.config.mts`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// The config runs in Node at build time and is not part of the bundle; it reads the workspace's
// alias table so Vite resolves `@careledger/*` exactly as tsc does.
import tsconfigBase from '../../tsconfig.base.json' with { type: 'json' };

const appRoot = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(appRoot, '../..');

// The workspace's path aliases are the one source of truth; an alias matches the exact specifier
// only, so '@careledger/event-store' never swallows '@careledger/event-store/testing'.
const paths: Record<string, string[]> = tsconfigBase.compilerOptions.paths;
const alias = Object.entries(paths).map(([specifier, [target]]) => ({
  find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  replacement: path.resolve(workspaceRoot, target ?? ''),
}));

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias },
  server: {
    port: 4200,
    proxy: { '/graphql': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  preview: { port: 4300, proxy: { '/graphql': { target: 'http://localhost:3000', changeOrigin: true } } },
  build: {
    outDir: path.resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
    // antd alone is about 1 MB minified; the warning would fire on every build without telling us anything.
    chunkSizeWarningLimit: 1300,
  },
});

// Bundles a Node entry point written in TypeScript: workspace code is bundled (tsconfig path
// aliases resolved by esbuild), every npm package stays external.
//
// Why TypeScript's own transpiler for each file instead of esbuild's: NestJS dependency injection
// and the code-first GraphQL schema read `design:paramtypes`/`design:type` metadata, which esbuild
// does not emit. `ts.transpileModule` with emitDecoratorMetadata is the same per-file transform
// ts-jest uses in tests, so tests and production run identical code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const decoratorMetadata = {
  name: 'ts-decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('@')) return { contents: source, loader: 'ts' };
      const out = ts.transpileModule(source, {
        fileName: args.path,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          useDefineForClassFields: false,
          sourceMap: false,
          inlineSourceMap: true,
          inlineSources: true,
        },
      });
      return { contents: out.outputText, loader: 'js' };
    });
  },
};

/** @param {{ entry: string, outfile: string }} options */
export async function bundleNode({ entry, outfile }) {
  await esbuild.build({
    entryPoints: [path.resolve(workspaceRoot, entry)],
    outfile: path.resolve(workspaceRoot, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // Class names are schema: code-first GraphQL names types after their classes.
    keepNames: true,
    packages: 'external',
    tsconfig: path.join(workspaceRoot, 'tsconfig.base.json'),
    plugins: [decoratorMetadata],
    logLevel: 'warning',
  });
}

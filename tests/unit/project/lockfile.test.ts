import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// npm leaves other platforms' optional packages out of a lock written over an existing
// node_modules (npm/cli#4828); `npm ci` then fails on a clean clone and macOS or Windows builds
// miss their native Rollup/esbuild/Biome binary. The committed lock must list every platform.
const root = join(import.meta.dirname, '../../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { optional?: boolean; dev?: boolean }>;
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const required = [
  '@rollup/rollup-darwin-arm64',
  '@rollup/rollup-darwin-x64',
  '@rollup/rollup-win32-x64-msvc',
  '@esbuild/darwin-arm64',
  '@esbuild/darwin-x64',
  '@esbuild/win32-x64',
  '@biomejs/cli-darwin-arm64',
  '@biomejs/cli-darwin-x64',
  '@biomejs/cli-win32-x64',
];

describe('the lock file installs on every platform', () => {
  it.each(required)('lists %s', (name) => {
    expect(lock.packages[`node_modules/${name}`], `${name} missing from package-lock.json`).toBeDefined();
  });

  it('matches package.json', () => {
    const root = lock.packages[''] as { dependencies?: object; devDependencies?: object };
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
  });

  it('keeps build-only tools out of the runtime dependencies', () => {
    for (const tool of ['wxt', 'vite', 'typescript', '@biomejs/biome', 'puppeteer-core', 'pdf-lib']) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
    }
  });
});

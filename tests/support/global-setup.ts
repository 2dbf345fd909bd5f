// Serves dist/ on a free localhost port for the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createServer, stopServer } from '../../scripts/serve.mjs';

export default async function setup(project: TestProject) {
  const root = path.resolve('dist');
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` before the browser tests');
  const server = createServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => stopServer(server);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

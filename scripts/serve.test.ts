import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, stopServer } from './serve.mjs';

describe('stopServer', () => {
  // A browser keeps its connections open; the browser tests' teardown once waited out its 60 s timeout on one.
  it('stops at once although a client still holds a connection open mid-request', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = createServer(root);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((r) => http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => res.resume().on('end', () => r())));
    // A request whose body never finishes: the connection stays active, so server.close() alone would wait for it.
    const pending = http.request({ port, host: '127.0.0.1', path: '/', method: 'POST', agent, headers: { 'content-length': '100' } });
    pending.on('error', () => {});
    pending.write('x');
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    await stopServer(server);
    expect(performance.now() - t0).toBeLessThan(5_000);
    agent.destroy();
  });
});

describe('npm run preview', () => {
  it('says the port is in use, and which to try, instead of a stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const { port } = busy.address() as AddressInfo;
    const res = spawnSync(process.execPath, [path.join(__dirname, 'serve.mjs'), root], { encoding: 'utf8', env: { ...process.env, PORT: String(port) } });
    busy.close();
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toBe(`Port ${port} is in use (another preview or \`npm run dev\`?): stop that, or choose another port, e.g. PORT=${port + 1} npm run preview`);
  });
});

'use strict';
// Shared helpers of the SDK interop tests: start acr-bss-sandbox on a free port, and a recording
// loopback proxy so a test can re-send the exact bytes an official SDK signed.
//
// The sandbox executable comes as the first argument or ACRP_SANDBOX_EXECUTABLE. A missing
// executable or missing node_modules is an error: these tests fail, they never skip.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { before, after } = require('node:test');

const modules = path.join(__dirname, 'node_modules');
if (!fs.existsSync(modules)) {
  throw new Error(`${modules} is missing: run 'npm ci' in tests/interop (installer/dev.sh does it)`);
}

const executable = process.argv[2] || process.env.ACRP_SANDBOX_EXECUTABLE;
if (!executable || !fs.existsSync(executable)) {
  throw new Error(`the acr-bss-sandbox executable was not found (argument or ACRP_SANDBOX_EXECUTABLE): ${executable}`);
}

// The documented demo pairs of the sandbox (obviously fake; accepted by the sandbox only).
const demo = {
  china: { accessKeyId: 'SandboxDemoKeyCN', accessKeySecret: 'sandbox-demo-secret-cn' },
  intl: { accessKeyId: 'SandboxDemoKeyIntl', accessKeySecret: 'sandbox-demo-secret-intl' },
};

// Starts the sandbox with --port 0 and resolves to {port, stop()} once it printed its one line.
function startSandbox(extraArguments = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--port', '0', ...extraArguments], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    const fail = (why) => reject(new Error(`acr-bss-sandbox did not start: ${why}\n${errors}`));
    child.stderr.on('data', (chunk) => { errors += chunk; });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code) => fail(`exited with ${code}`));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const newline = output.indexOf('\n');
      if (newline < 0) return;
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(output.slice(0, newline));
      if (!match) return fail(`unexpected first line ${JSON.stringify(output.slice(0, newline))}`);
      child.removeAllListeners('exit');
      resolve({
        port: Number(match[1]),
        stop: () => new Promise((done) => {
          child.on('exit', (code, signal) => done({ code, signal }));
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

// A loopback proxy in front of the sandbox that keeps the last request as sent (method, path,
// headers, body), so the very same signed request can be replayed.
function startRecordingProxy(targetPort) {
  const recorded = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const exchange = { method: request.method, path: request.url, headers: { ...request.headers }, body: Buffer.concat(chunks) };
      recorded.push(exchange);
      send(targetPort, exchange).then((answer) => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
      }, (error) => response.destroy(error));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      last: () => recorded[recorded.length - 1],
      close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
    }));
  });
}

// Sends a recorded request unchanged (the Host header included) to the sandbox; resolves to
// {status, headers, body, json}.
function send(port, exchange) {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1', port, method: exchange.method, path: exchange.path, headers: exchange.headers, agent: false,
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        let json = null;
        try { json = JSON.parse(body.toString('utf8')); } catch (_) { /* not JSON */ }
        resolve({ status: response.statusCode, headers: response.headers, body, json });
      });
    });
    request.on('error', reject);
    request.end(exchange.body);
  });
}

// Starts the sandbox (with `extraArguments`) and a recording proxy in front of it before the tests
// of the enclosing describe(), and stops both after them; the sandbox must exit cleanly on SIGTERM.
// The returned object's `sandbox` and `proxy` are set once the tests run.
function useSandbox(extraArguments = []) {
  const running = {};
  before(async () => {
    running.sandbox = await startSandbox(extraArguments);
    running.proxy = await startRecordingProxy(running.sandbox.port);
  });
  after(async () => {
    await running.proxy.close();
    const { code, signal } = await running.sandbox.stop();
    assert.equal(signal, null, 'the sandbox should exit on its own after SIGTERM');
    assert.equal(code, 0);
  });
  return running;
}

// Checks an error thrown by an SDK for the sandbox error code.
async function assertRejectsWithCode(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
    return true;
  });
}

module.exports = { demo, startSandbox, startRecordingProxy, useSandbox, send, assertRejectsWithCode };

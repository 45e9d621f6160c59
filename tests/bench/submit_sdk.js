'use strict';
// Benchmark 3 of issue 9, the SDK side: CreateInstance round trips against a running acr-bss-sandbox
// by an official Alibaba Cloud SDK from tests/interop/node_modules. Started by bench_submit, which
// runs our client the same way (same order, same count, same number of requests in flight).
//
//   node submit_sdk.js v1|v3 PORT COUNT IN_FLIGHT WARMUP
//
// v1: @alicloud/pop-core (signature V1, form-encoded POST), one RPCClient for all requests.
// v3: @alicloud/bssopenapi20171214 + @alicloud/openapi-client (ACS3-HMAC-SHA256), one client.
// The warm-up requests (connections, lazy initialisation, JIT) are not timed; module loading is not
// timed either. Prints one JSON line with the wall time, the median round trip, this process's CPU
// time and the outcome.
const path = require('node:path');
const { createRequire } = require('node:module');

const interopRequire = createRequire(path.join(__dirname, '..', 'interop', 'package.json'));
const [flavour, portText, countText, inFlightText, warmupText] = process.argv.slice(2);
const port = Number(portText);
const count = Number(countText);
const inFlight = Number(inFlightText);
const warmup = Number(warmupText);
if (!['v1', 'v3'].includes(flavour) || !(port > 0) || !(count > 0) || !(inFlight > 0) || !(warmup >= 0)) {
  console.error('usage: node submit_sdk.js v1|v3 PORT COUNT IN_FLIGHT WARMUP');
  process.exit(2);
}

// The documented, obviously fake demo pair of the sandbox's China account.
const demo = { accessKeyId: 'SandboxDemoKeyCN', accessKeySecret: 'sandbox-demo-secret-cn' };
// The order bench_submit sends with our client: Basic, cn-hangzhou, default bucket, 12 months.
const order = { edition: 'Basic', region: 'cn-hangzhou', period: 12 };

function popCoreClient() {
  const RPCClient = interopRequire('@alicloud/pop-core');
  const client = new RPCClient({ ...demo, endpoint: `http://127.0.0.1:${port}`, apiVersion: '2017-12-14' });
  return async (name, clientToken) => {
    const result = await client.request('CreateInstance', {
      Parameter: [
        { Code: 'InstanceType', Value: order.edition },
        { Code: 'InstanceName', Value: name },
        { Code: 'Region', Value: order.region },
        { Code: 'DefaultOssBucket', Value: 'true' },
      ],
      ProductCode: 'acr',
      SubscriptionType: 'Subscription',
      ProductType: 'acr_ee_public_cn',
      Period: order.period,
      RenewalStatus: 'ManualRenewal',
      ClientToken: clientToken,
    }, { method: 'POST' });
    return result.Data.InstanceId;
  };
}

function bssOpenApiClient() {
  const Bss = interopRequire('@alicloud/bssopenapi20171214');
  const OpenApi = interopRequire('@alicloud/openapi-client');
  const client = new Bss.default(new OpenApi.Config({ ...demo, endpoint: `127.0.0.1:${port}`, protocol: 'http' }));
  const property = (code, value) => new Bss.CreateInstanceRequestParameter({ code, value });
  return async (name, clientToken) => {
    const response = await client.createInstance(new Bss.CreateInstanceRequest({
      productCode: 'acr',
      subscriptionType: 'Subscription',
      productType: 'acr_ee_public_cn',
      period: order.period,
      renewalStatus: 'ManualRenewal',
      clientToken,
      parameter: [
        property('InstanceType', order.edition),
        property('InstanceName', name),
        property('Region', order.region),
        property('DefaultOssBucket', 'true'),
      ],
    }));
    return response.body.data.instanceId;
  };
}

// Runs `total` calls with at most `inFlight` outstanding; returns the instance ids and failures.
async function pool(total, prefix, create) {
  let next = 0;
  const instanceIds = new Set();
  let failed = 0;
  let firstError = '';
  const latenciesMs = [];
  async function worker() {
    while (next < total) {
      const i = next++;
      const started = process.hrtime.bigint();
      try {
        instanceIds.add(await create(`${prefix}-${i}`, `${prefix}-token-${process.pid}-${i}`));
        latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      } catch (error) {
        failed += 1;
        if (!firstError) firstError = `${error.code || ''} ${error.message}`.trim();
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, total) }, worker));
  latenciesMs.sort((a, b) => a - b);
  return { instanceIds, failed, firstError, medianMs: latenciesMs.length ? latenciesMs[latenciesMs.length >> 1] : 0 };
}

async function main() {
  const create = flavour === 'v1' ? popCoreClient() : bssOpenApiClient();
  const warm = await pool(warmup, 'warm', create);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const timed = await pool(count, 'bench', create);
  const elapsedNs = process.hrtime.bigint() - started;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({
    client: flavour === 'v1' ? '@alicloud/pop-core' : '@alicloud/bssopenapi20171214',
    count,
    inFlight,
    seconds: Number(elapsedNs) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    medianMs: timed.medianMs,
    ok: timed.instanceIds.size,
    failed: timed.failed + warm.failed,
    firstError: timed.firstError || warm.firstError,
  }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

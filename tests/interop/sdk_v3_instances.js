'use strict';
// The account's instances through the official V3 client (@alicloud/bssopenapi20171214 with
// @alicloud/openapi-client) against acr-bss-sandbox: QueryAvailableInstances and RenewInstance,
// with an instance bought through CreateInstance and one seeded as "bought elsewhere".
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { demo, useSandbox, assertRejectsWithCode } = require('./sdk_common');
const Bss = require('@alicloud/bssopenapi20171214');
const OpenApi = require('@alicloud/openapi-client');

const BssClient = Bss.default;

// POSTs JSON to an admin route of the sandbox; resolves to the parsed answer.
function admin(port, path, body) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const request = http.request({
      host: '127.0.0.1', port, method: 'POST', path, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': payload.length },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode} ${json.error}`));
        else resolve(json);
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

// The date a whole number of months after `iso` (UTC), as the sandbox and BSS write it.
function addMonths(iso, months) {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

describe('@alicloud/bssopenapi20171214 QueryAvailableInstances and RenewInstance against acr-bss-sandbox', () => {
  const running = useSandbox(['--balance', '100000.00', '--provisioning-seconds', '0']);
  const client = () => new BssClient(new OpenApi.Config({
    ...demo.china, endpoint: `127.0.0.1:${running.sandbox.port}`, protocol: 'http',
  }));
  const instances = async (request = {}) => (await client().queryAvailableInstances(
    new Bss.QueryAvailableInstancesRequest({ productCode: 'acr', productType: 'acr_ee_public_cn', ...request }))).body;
  const renew = (instanceId, renewPeriod, clientToken) => client().renewInstance(new Bss.RenewInstanceRequest({
    productCode: 'acr', productType: 'acr_ee_public_cn', instanceId, renewPeriod, clientToken,
  }));
  const balance = async () => Number((await client().queryAccountBalance()).body.data.availableAmount);

  let bought;
  let seeded;
  before(async () => {
    const property = (code, value) => new Bss.CreateInstanceRequestParameter({ code, value });
    const created = await client().createInstance(new Bss.CreateInstanceRequest({
      productCode: 'acr', subscriptionType: 'Subscription', productType: 'acr_ee_public_cn', period: 12,
      renewalStatus: 'ManualRenewal', clientToken: 'interop-instances-buy',
      parameter: [property('InstanceType', 'Basic'), property('InstanceName', 'interop-bought'),
        property('Region', 'cn-shanghai'), property('DefaultOssBucket', 'true')],
    }));
    bought = created.body.data.instanceId;
    const answer = await admin(running.sandbox.port, '/__admin/instances', [{
      accessKeyId: demo.china.accessKeyId, name: 'interop-elsewhere', edition: 'Standard', region: 'cn-hangzhou',
      createTime: '2026-01-10T08:00:00Z', endsInDays: 12, renewStatus: 'AutoRenewal', renewalDuration: 1,
      renewalDurationUnit: 'M', order: { amount: '18000.00' },
    }]);
    seeded = answer.instances[0];
  });

  it('QueryAvailableInstances parses every instance of the account', async () => {
    const body = await instances({ subscriptionType: 'Subscription', pageNum: 1, pageSize: 20 });
    assert.equal(body.code, 'Success');
    assert.equal(body.success, true);
    assert.equal(body.data.totalCount, 2);
    assert.equal(body.data.pageNum, 1);
    assert.equal(body.data.pageSize, 20);
    const byId = new Map(body.data.instanceList.map((instance) => [instance.instanceID, instance]));
    const elsewhere = byId.get(seeded.instanceId);
    assert.equal(elsewhere.status, 'Normal');
    assert.equal(elsewhere.subStatus, 'Normal');
    assert.equal(elsewhere.region, 'cn-hangzhou');
    assert.equal(elsewhere.productCode, 'acr');
    assert.equal(elsewhere.productType, 'acr_ee_public_cn');
    assert.equal(elsewhere.subscriptionType, 'Subscription');
    assert.equal(elsewhere.renewStatus, 'AutoRenewal');
    assert.equal(elsewhere.renewalDuration, 1);
    assert.equal(elsewhere.renewalDurationUnit, 'M');
    assert.equal(elsewhere.createTime, '2026-01-10T08:00:00Z');
    const here = byId.get(bought);
    assert.equal(here.renewStatus, 'ManualRenewal');
    assert.equal(here.endTime, addMonths(here.createTime, 12));
  });

  it('pages and filters by InstanceIDs', async () => {
    const first = await instances({ pageNum: 1, pageSize: 1 });
    const second = await instances({ pageNum: 2, pageSize: 1 });
    assert.equal(first.data.instanceList.length, 1);
    assert.equal(second.data.instanceList.length, 1);
    assert.notEqual(first.data.instanceList[0].instanceID, second.data.instanceList[0].instanceID);
    const one = await instances({ instanceIDs: bought });
    assert.deepEqual(one.data.instanceList.map((instance) => instance.instanceID), [bought]);
  });

  it('RenewInstance returns an OrderId, moves EndTime by the period and repeats on the same token', async () => {
    const before = (await instances({ instanceIDs: seeded.instanceId })).data.instanceList[0].endTime;
    const money = await balance();
    const first = await renew(seeded.instanceId, 2, 'interop-renew-token');
    assert.equal(first.statusCode, 200);
    assert.equal(first.body.code, 'Success');
    assert.equal(first.body.success, true);
    assert.match(first.body.data.orderId, /^[0-9]+$/);
    const after = (await instances({ instanceIDs: seeded.instanceId })).data.instanceList[0].endTime;
    assert.equal(after, addMonths(before, 2));
    assert.equal(await balance(), money - 3600); // Standard: 1800.00 a month (illustrative)

    const again = await renew(seeded.instanceId, 2, 'interop-renew-token');
    assert.equal(again.body.data.orderId, first.body.data.orderId);
    assert.equal((await instances({ instanceIDs: seeded.instanceId })).data.instanceList[0].endTime, after);
    assert.equal(await balance(), money - 3600);

    const detail = await client().getOrderDetail(new Bss.GetOrderDetailRequest({ orderId: first.body.data.orderId }));
    const order = detail.body.data.orderList.order[0];
    assert.equal(order.orderType, 'Renew');
    assert.equal(order.instanceIDs, seeded.instanceId);
    assert.equal(order.pretaxAmount, '3600.00');
    const renewals = await client().queryOrders(new Bss.QueryOrdersRequest({ orderType: 'Renew', pageNum: 1, pageSize: 10 }));
    assert.equal(renewals.body.data.totalCount, 1);
  });

  it('RenewInstance refusals come back with the service codes', async () => {
    await assertRejectsWithCode(renew(bought, 2, 'interop-renew-token'), 'IdempotentParameterMismatch');
    await assertRejectsWithCode(renew('cri-nosuchinstance00', 1, 'interop-missing'), 'ResourceNotExists');
    await assertRejectsWithCode(renew(bought, 10, 'interop-ten-months'), 'InvalidParameter');
  });
});

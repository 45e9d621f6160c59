'use strict';
// The official V3 client, @alicloud/bssopenapi20171214 with @alicloud/openapi-client
// (ACS3-HMAC-SHA256, parameters in the query), against acr-bss-sandbox.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { demo, useSandbox, send, assertRejectsWithCode } = require('./sdk_common');
const Bss = require('@alicloud/bssopenapi20171214');
const OpenApi = require('@alicloud/openapi-client');

const BssClient = Bss.default;

function createRequest(name, clientToken, productType = 'acr_ee_public_cn') {
  const property = (code, value) => new Bss.CreateInstanceRequestParameter({ code, value });
  return new Bss.CreateInstanceRequest({
    productCode: 'acr',
    subscriptionType: 'Subscription',
    productType,
    period: 12,
    renewalStatus: 'ManualRenewal',
    clientToken,
    parameter: [
      property('InstanceType', 'Basic'),
      property('InstanceName', name),
      property('Region', 'cn-shanghai'),
      property('DefaultOssBucket', 'true'),
    ],
  });
}

describe('@alicloud/bssopenapi20171214 + @alicloud/openapi-client (signature V3) against acr-bss-sandbox', () => {
  const running = useSandbox(['--balance', '100000.00']);
  const client = (credentials = demo.china, port = running.sandbox.port) => new BssClient(new OpenApi.Config({
    ...credentials, endpoint: `127.0.0.1:${port}`, protocol: 'http',
  }));
  const balance = async () => (await client().queryAccountBalance()).body.data.availableAmount;

  it('QueryAccountBalance succeeds with the demo pair', async () => {
    const response = await client().queryAccountBalance();
    assert.equal(response.statusCode, 200);
    assert.equal(response.body.success, true);
    assert.equal(response.body.data.availableAmount, '100000.00');
    assert.equal(response.body.data.availableCashAmount, '100000.00');
    assert.equal(response.body.data.currency, 'CNY');
  });

  it('CreateInstance succeeds with the demo pair', async () => {
    const response = await client().createInstance(createRequest('v3-create', 'v3-token-1'));
    assert.equal(response.body.code, 'Success');
    assert.match(response.body.data.instanceId, /^cri-[a-z0-9]{16}$/);
    assert.match(response.body.data.orderId, /^[0-9]+$/);
    const detail = await client().getOrderDetail(new Bss.GetOrderDetailRequest({ orderId: response.body.data.orderId }));
    const order = detail.body.data.orderList.order[0];
    assert.equal(order.paymentStatus, 'Paid');
    assert.equal(order.instanceIDs, response.body.data.instanceId);
    assert.equal(order.pretaxAmount, '8000.00');
    const orders = await client().queryOrders(new Bss.QueryOrdersRequest({ pageNum: 1, pageSize: 10 }));
    assert.ok(orders.body.data.totalCount >= 1);
  });

  it('a wrong secret gets SignatureDoesNotMatch with the server string to sign', async () => {
    const wrong = client({ accessKeyId: demo.china.accessKeyId, accessKeySecret: 'not-the-secret' });
    await assert.rejects(wrong.queryAccountBalance(), (error) => {
      assert.equal(error.code, 'SignatureDoesNotMatch');
      assert.equal(error.statusCode, 400);
      assert.match(error.message, /server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}/);
      return true;
    });
  });

  it('a replayed request gets SignatureNonceUsed', async () => {
    await client(demo.china, running.proxy.port).queryAccountBalance();
    const recorded = running.proxy.last();
    assert.match(recorded.headers.authorization, /^ACS3-HMAC-SHA256 Credential=SandboxDemoKeyCN,/);
    const replay = await send(running.sandbox.port, recorded);
    assert.equal(replay.status, 400);
    assert.equal(replay.json.Code, 'SignatureNonceUsed');
  });

  it('the same ClientToken twice returns the same InstanceId and OrderId, charged once', async () => {
    const before = Number(await balance());
    const first = await client().createInstance(createRequest('v3-idem', 'v3-idem-token'));
    const second = await client().createInstance(createRequest('v3-idem', 'v3-idem-token'));
    assert.equal(second.body.data.instanceId, first.body.data.instanceId);
    assert.equal(second.body.data.orderId, first.body.data.orderId);
    assert.equal(Number(await balance()), before - 8000);
    await assertRejectsWithCode(client().createInstance(createRequest('v3-other', 'v3-idem-token')),
      'IdempotentParameterMismatch');
  });

  it('pricing operations take the SDK request shapes', async () => {
    const modules = await client().describePricingModule(new Bss.DescribePricingModuleRequest({
      productCode: 'acr', subscriptionType: 'Subscription', productType: 'acr_ee_public_cn',
    }));
    assert.deepEqual(modules.body.data.moduleList.module.map((m) => m.moduleCode),
      ['InstanceType', 'NamespaceQuota', 'RepoQuota', 'vpc_num']);
    const price = await client().getSubscriptionPrice(new Bss.GetSubscriptionPriceRequest({
      productCode: 'acr',
      productType: 'acr_ee_public_cn',
      subscriptionType: 'Subscription',
      orderType: 'NewOrder',
      servicePeriodQuantity: 1,
      servicePeriodUnit: 'Year',
      quantity: 1,
      moduleList: [
        new Bss.GetSubscriptionPriceRequestModuleList({ moduleCode: 'InstanceType', config: 'InstanceType:Basic' }),
        new Bss.GetSubscriptionPriceRequestModuleList({ moduleCode: 'NamespaceQuota', config: 'NamespaceQuota:5' }),
      ],
    }));
    assert.equal(price.body.data.tradePrice, 8100);
    assert.equal(price.body.data.moduleDetails.moduleDetail.length, 2);
  });

  it('the International key and product type work together; mixed sites get NotApplicable', async () => {
    const intl = await client(demo.intl).createInstance(createRequest('v3-intl', 'v3-intl-token', 'acr_ee_public_intl'));
    assert.match(intl.body.data.instanceId, /^cri-/);
    await assertRejectsWithCode(client(demo.intl).createInstance(createRequest('v3-mixed', 'v3-mixed-token')),
      'NotApplicable');
  });
});

'use strict';
// The official V1 client, @alicloud/pop-core (HMAC-SHA1, form-encoded POST and signed GET URLs),
// against acr-bss-sandbox.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { demo, useSandbox, send, assertRejectsWithCode } = require('./sdk_common');
const RPCClient = require('@alicloud/pop-core');

function order(name, clientToken) {
  return {
    Parameter: [
      { Code: 'InstanceType', Value: 'Basic' },
      { Code: 'InstanceName', Value: name },
      { Code: 'Region', Value: 'cn-shanghai' },
      { Code: 'DefaultOssBucket', Value: 'true' },
    ],
    ProductCode: 'acr',
    SubscriptionType: 'Subscription',
    ProductType: 'acr_ee_public_cn',
    Period: 1,
    RenewalStatus: 'ManualRenewal',
    ClientToken: clientToken,
  };
}

describe('@alicloud/pop-core (signature V1) against acr-bss-sandbox', () => {
  const running = useSandbox();
  const client = (credentials = demo.china, port = running.sandbox.port) => new RPCClient({
    ...credentials, endpoint: `http://127.0.0.1:${port}`, apiVersion: '2017-12-14',
  });
  const post = { method: 'POST' };
  const balance = async () => (await client().request('QueryAccountBalance', {}, post)).Data.AvailableAmount;

  it('QueryAccountBalance succeeds with the demo pair (POST form and GET)', async () => {
    const viaPost = await client().request('QueryAccountBalance', {}, post);
    assert.equal(viaPost.Success, true);
    assert.equal(viaPost.Data.AvailableAmount, '1000000.00');
    assert.equal(viaPost.Data.Currency, 'CNY');
    const viaGet = await client(demo.intl).request('QueryAccountBalance', {});
    assert.equal(viaGet.Data.AvailableAmount, '1000000.00');
  });

  it('CreateInstance succeeds with the demo pair', async () => {
    const result = await client().request('CreateInstance', order('popcore-create', 'popcore-token-1'), post);
    assert.equal(result.Code, 'Success');
    assert.match(result.Data.InstanceId, /^cri-[a-z0-9]{16}$/);
    assert.match(result.Data.OrderId, /^[0-9]+$/);
    const detail = await client().request('GetOrderDetail', { OrderId: result.Data.OrderId }, post);
    assert.equal(detail.Data.OrderList.Order[0].PaymentStatus, 'Paid');
    assert.equal(detail.Data.OrderList.Order[0].InstanceIDs, result.Data.InstanceId);
  });

  it('a wrong secret gets SignatureDoesNotMatch with the server string to sign', async () => {
    const wrong = client({ accessKeyId: demo.china.accessKeyId, accessKeySecret: 'not-the-secret' });
    await assert.rejects(wrong.request('QueryAccountBalance', {}, post), (error) => {
      assert.equal(error.code, 'SignatureDoesNotMatch');
      assert.match(error.data.Message, /server string to sign is:POST&%2F&AccessKeyId%3DSandboxDemoKeyCN%26/);
      return true;
    });
  });

  it('a replayed request gets SignatureNonceUsed', async () => {
    const recorded = client(demo.china, running.proxy.port);
    await recorded.request('QueryAccountBalance', {}, post);
    const replay = await send(running.sandbox.port, running.proxy.last());
    assert.equal(replay.status, 400);
    assert.equal(replay.json.Code, 'SignatureNonceUsed');
    // A signed GET URL replayed as is: the same.
    await recorded.request('QueryAccountBalance', {});
    const getReplay = await send(running.sandbox.port, running.proxy.last());
    assert.equal(running.proxy.last().method, 'GET');
    assert.equal(getReplay.json.Code, 'SignatureNonceUsed');
  });

  it('the same ClientToken twice returns the same InstanceId and OrderId, charged once', async () => {
    const before = Number(await balance());
    const first = await client().request('CreateInstance', order('popcore-idem', 'popcore-idem-token'), post);
    const second = await client().request('CreateInstance', order('popcore-idem', 'popcore-idem-token'), post);
    assert.equal(second.Data.InstanceId, first.Data.InstanceId);
    assert.equal(second.Data.OrderId, first.Data.OrderId);
    assert.notEqual(second.RequestId, first.RequestId);
    assert.equal(Number(await balance()), before - 800);
    await assertRejectsWithCode(
      client().request('CreateInstance', order('popcore-other', 'popcore-idem-token'), post),
      'IdempotentParameterMismatch');
  });

  it('an International key naming the China product type gets NotApplicable', async () => {
    await assertRejectsWithCode(
      client(demo.intl).request('CreateInstance', order('popcore-intl', 'popcore-intl-token'), post), 'NotApplicable');
  });
});

'use strict';
// The official STS client, @alicloud/sts20150401 with @alicloud/openapi-client (it signs RPC with
// signature V1), against acr-bss-sandbox: the demo RAM user assumes a demo role, the temporary
// credentials (with their SecurityToken) show the assumed identity and call BSS through the official
// V3 client, refusals surface their Code, and expired credentials are refused.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { useSandbox, assertRejectsWithCode } = require('./sdk_common');
const Sts = require('@alicloud/sts20150401');
const Bss = require('@alicloud/bssopenapi20171214');
const OpenApi = require('@alicloud/openapi-client');

const StsClient = Sts.default;
const BssClient = Bss.default;

// The documented demo RAM user and roles of the China demo account (obviously fake).
const ramUser = { accessKeyId: 'SandboxRamUserKeyCN', accessKeySecret: 'sandbox-ram-user-secret-cn' };
const rootPair = { accessKeyId: 'SandboxDemoKeyCN', accessKeySecret: 'sandbox-demo-secret-cn' };
const account = '1380000000000001';
const roleArn = (role) => `acs:ram::${account}:role/${role}`;

function adminPost(port, path) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: 'POST', path, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('@alicloud/sts20150401 + @alicloud/openapi-client against acr-bss-sandbox', () => {
  const running = useSandbox(['--balance', '100000.00']);
  const config = (credentials) => new OpenApi.Config({
    ...credentials, endpoint: `127.0.0.1:${running.sandbox.port}`, protocol: 'http',
  });
  const sts = (credentials = ramUser) => new StsClient(config(credentials));
  const assume = (role = 'acr-buyer', extra = {}, credentials = ramUser) => sts(credentials).assumeRole(
    new Sts.AssumeRoleRequest({ roleArn: roleArn(role), roleSessionName: 'interop', durationSeconds: 900, ...extra }));
  const temporary = (response) => ({
    accessKeyId: response.body.credentials.accessKeyId,
    accessKeySecret: response.body.credentials.accessKeySecret,
    securityToken: response.body.credentials.securityToken,
  });

  it('AssumeRole with the RAM user pair answers the SDK model', async () => {
    const before = Date.now();
    const response = await assume();
    assert.equal(response.statusCode, 200);
    assert.match(response.body.requestId, /^[0-9A-F-]{36}$/);
    assert.equal(response.body.assumedRoleUser.arn, `${roleArn('acr-buyer')}/interop`);
    assert.match(response.body.assumedRoleUser.assumedRoleId, /^\d{19}:interop$/);
    const credentials = response.body.credentials;
    assert.match(credentials.accessKeyId, /^STS\./);
    assert.ok(credentials.accessKeySecret.length >= 30);
    assert.ok(credentials.securityToken.length >= 500);
    assert.match(credentials.expiration, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const expires = Date.parse(credentials.expiration);
    assert.ok(expires >= before + 899 * 1000 && expires <= Date.now() + 900 * 1000, credentials.expiration);
  });

  it('GetCallerIdentity with the temporary credentials shows the assumed role', async () => {
    const identity = await sts(temporary(await assume())).getCallerIdentity();
    assert.equal(identity.body.identityType, 'AssumedRoleUser');
    assert.equal(identity.body.accountId, account);
    assert.equal(identity.body.arn, `acs:ram::${account}:assumed-role/acr-buyer/interop`);
    assert.match(identity.body.roleId, /^\d{19}$/);
    assert.equal(identity.body.principalId, `${identity.body.roleId}:interop`);
    const user = await sts().getCallerIdentity();
    assert.equal(user.body.identityType, 'RAMUser');
    assert.equal(user.body.arn, `acs:ram::${account}:user/acr-operator`);
    const root = await sts(rootPair).getCallerIdentity();
    assert.equal(root.body.identityType, 'Account');
    assert.equal(root.body.arn, `acs:ram::${account}:root`);
  });

  it('the official BSS client (signature V3) works with the temporary credentials', async () => {
    const bss = new BssClient(config(temporary(await assume())));
    const balance = await bss.queryAccountBalance();
    assert.equal(balance.statusCode, 200);
    assert.equal(balance.body.data.availableAmount, '100000.00'); // the China demo account's balance
  });

  it('refusals surface their Code', async () => {
    await assertRejectsWithCode(assume('acr-buyer', {}, rootPair), 'NoPermission');
    await assertRejectsWithCode(assume('no-such-role'), 'EntityNotExist.Role');
    await assertRejectsWithCode(assume('acr-auditor'), 'NoPermission');
    await assert.rejects(assume('acr-buyer-external', { externalId: 'wrong' }), (error) => {
      assert.equal(error.code, 'NoPermission');
      assert.equal(error.statusCode, 403);
      assert.match(error.message, /ExternalId/);
      return true;
    });
    await assertRejectsWithCode(assume('acr-buyer-external', { externalId: 'acrp-demo-external-id',
      durationSeconds: 7200 }), 'InvalidParameter.DurationSeconds');
    await assertRejectsWithCode(assume('acr-buyer', { roleSessionName: 'x' }), 'InvalidParameter.RoleSessionName');
    const external = await assume('acr-buyer-external', { externalId: 'acrp-demo-external-id' });
    assert.equal(external.statusCode, 200);
  });

  it('expired or token-less temporary credentials are refused', async () => {
    const credentials = temporary(await assume());
    await assertRejectsWithCode(sts({ ...credentials, securityToken: undefined }).getCallerIdentity(),
      'MissingSecurityToken');
    assert.equal(await adminPost(running.sandbox.port, '/__admin/sts/expire'), 200);
    await assertRejectsWithCode(sts(credentials).getCallerIdentity(), 'InvalidSecurityToken.Expired');
    await assertRejectsWithCode(new BssClient(config(credentials)).queryAccountBalance(),
      'InvalidSecurityToken.Expired');
  });
});

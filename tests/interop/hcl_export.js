'use strict';
// The Terraform export (issue 18, part 1) read by HashiCorp's own HCL2 parser (@cdktf/hcl2json,
// pinned in package-lock.json): every golden file (tests/core/export/golden) and every file
// acrp-infra-export-tool generates now parses, and its values are the order's: the provider's
// region, every resource argument (mapped here independently of the C++ code) and, for a bought
// order, the import block's address and instance id. Missing node_modules or tool: the test FAILS.
//
// Arguments: the acrp-infra-export-tool executable, the golden folder.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { test } = require('node:test');

const modules = path.join(__dirname, 'node_modules');
if (!fs.existsSync(modules)) {
  throw new Error(`${modules} is missing: run 'npm ci' in tests/interop (installer/dev.sh does it)`);
}
const hcl2json = require('@cdktf/hcl2json');

const [tool, goldenDir] = process.argv.slice(2);
if (!tool || !fs.existsSync(tool)) throw new Error(`acrp-infra-export-tool not found: ${tool}`);
if (!goldenDir || !fs.existsSync(goldenDir)) throw new Error(`golden folder not found: ${goldenDir}`);

const generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'acrp-hcl-'));
execFileSync(tool, [generatedDir], { stdio: 'inherit' });
const cases = fs.readdirSync(generatedDir).filter((name) => name.endsWith('.case.json'))
  .map((name) => name.slice(0, -'.case.json'.length)).sort();

// The HCL identifier the export derives from an instance name, as documented in InfraExport.h.
function label(name) {
  let id = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!id) return 'registry';
  return /^[a-z]/.test(id) ? id : `registry_${id}`;
}

// What the alicloud_cr_ee_instance block must hold for an order (the provider's schema names).
function expectedArguments(order) {
  const args = {
    payment_type: 'Subscription',
    period: order.periodMonths,
    renewal_status: order.autoRenewal ? 'AutoRenewal' : 'ManualRenewal',
    instance_type: order.edition,
    instance_name: order.instanceName,
    default_oss_bucket: order.defaultBucket ? 'true' : 'false',
    image_scanner: order.imageScanner,
  };
  if (order.autoRenewal) args.renew_period = order.renewPeriodMonths;
  if (!order.defaultBucket) args.custom_oss_bucket = order.customBucket;
  if (order.extraNamespaces) args.namespace_quota = order.extraNamespaces;
  if (order.extraRepositories) args.repo_quota = order.extraRepositories;
  if (order.vpcQuota) args.vpc_quota = order.vpcQuota;
  return args;
}

async function check(file, expectation) {
  const text = fs.readFileSync(file, 'utf8');
  const parsed = await hcl2json.parse(path.basename(file), text);
  const { order, instanceId } = expectation;
  const name = label(order.instanceName);

  assert.deepEqual(Object.keys(parsed).sort(), (instanceId ? ['import', 'provider', 'resource', 'terraform'] : ['provider', 'resource', 'terraform']));
  assert.deepEqual(parsed.provider.alicloud, [{ region: order.region }], 'provider: the region only, no credentials');
  const providers = parsed.terraform[0].required_providers[0];
  assert.equal(providers.alicloud.source, 'aliyun/alicloud');

  assert.deepEqual(Object.keys(parsed.resource), ['alicloud_cr_ee_instance']);
  assert.deepEqual(Object.keys(parsed.resource.alicloud_cr_ee_instance), [name]);
  assert.deepEqual(parsed.resource.alicloud_cr_ee_instance[name], [expectedArguments(order)]);

  if (instanceId) {
    assert.deepEqual(parsed.import, [{ to: `\${alicloud_cr_ee_instance.${name}}`, id: instanceId }]);
    assert.match(text, /^# [^\n]*\n#\n# ALREADY BOUGHT: this instance was already bought/);
  } else {
    assert.equal(parsed.import, undefined);
  }
}

for (const name of cases) {
  const expectation = JSON.parse(fs.readFileSync(path.join(generatedDir, `${name}.case.json`), 'utf8'));
  test(`generated ${name}.tf parses and holds the order`, () => check(path.join(generatedDir, `${name}.tf`), expectation));
  test(`golden ${name}.tf parses and holds the order`, () => check(path.join(goldenDir, `${name}.tf`), expectation));
}

test('every golden .tf has a case', () => {
  const goldens = fs.readdirSync(goldenDir).filter((name) => name.endsWith('.tf')).map((name) => name.slice(0, -3)).sort();
  assert.deepEqual(goldens, cases);
  assert.ok(cases.length >= 5);
});

test('the parser rejects broken HCL (so a pass means something)', async () => {
  await assert.rejects(hcl2json.parse('broken.tf', 'resource "a" "b" {\n  x = "unterminated\n}\n'));
});

process.on('exit', () => fs.rmSync(generatedDir, { recursive: true, force: true }));

# ACR Enterprise Edition instance "ci-cache" (Standard, cn-hangzhou), exported by acr-purchase.
#
# NOT BOUGHT: `terraform apply` buys this subscription, and it costs money.
#
# Not expressed in this configuration (no equivalent argument):
#   - site: China (cn). The provider takes the site from the account of its credentials.
#
# No credentials are in this file, and none belong here: the provider reads them from
# the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET) or an
# aliyun CLI profile.

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.268.0"
    }
  }
}

provider "alicloud" {
  # Credentials come from the environment or the aliyun CLI profile, never from this file.
  region = "cn-hangzhou"
}

resource "alicloud_cr_ee_instance" "ci_cache" {
  payment_type       = "Subscription"
  period             = 1
  renewal_status     = "ManualRenewal"
  instance_type      = "Standard"
  instance_name      = "ci-cache"
  default_oss_bucket = "true"
  image_scanner      = "ACR"
}

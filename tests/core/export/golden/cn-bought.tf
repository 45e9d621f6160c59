# ACR Enterprise Edition instance "prod-registry" (Advanced, cn-shanghai), exported by acr-purchase from journal order 7.
#
# ALREADY BOUGHT: this instance was already bought on 2026-03-01 (OrderId 218840770910412) as cri-7f3k2m9q1x8v4b6n.
# The import block below makes `terraform plan` adopt it ("1 to import, 0 to add")
# instead of buying a second one. Do not remove the import block before the first
# apply. It needs Terraform 1.5 or newer.
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
  region = "cn-shanghai"
}

# Adopts the instance bought already. Keep this block until the first apply.
import {
  to = alicloud_cr_ee_instance.prod_registry
  id = "cri-7f3k2m9q1x8v4b6n"
}

resource "alicloud_cr_ee_instance" "prod_registry" {
  payment_type       = "Subscription"
  period             = 12
  renewal_status     = "AutoRenewal"
  renew_period       = 12
  instance_type      = "Advanced"
  instance_name      = "prod-registry"
  default_oss_bucket = "false"
  custom_oss_bucket  = "prod-registry-images"
  image_scanner      = "ACR"
  namespace_quota    = 10
  repo_quota         = 1000
  vpc_quota          = 5
}
